namespace FunnelCrm.Crm.Schema;

/// <summary>Interaction type: the values of the global choice fcm_interactiontype.</summary>
public static class InteractionTypeOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_interactiontype";

    /// <summary>Web visit (Website-Besuch).</summary>
    public const int WebVisit = 742100000;

    /// <summary>Content download (Content-Download).</summary>
    public const int ContentDownload = 742100001;

    /// <summary>Newsletter sign-up (Newsletter-Anmeldung).</summary>
    public const int NewsletterSignup = 742100002;

    /// <summary>Webinar registration (Webinar-Anmeldung).</summary>
    public const int WebinarRegistration = 742100003;

    /// <summary>Webinar attendance (Webinar-Teilnahme).</summary>
    public const int WebinarAttendance = 742100004;

    /// <summary>Event attendance (Veranstaltungsteilnahme).</summary>
    public const int EventAttendance = 742100005;

    /// <summary>Demo request (Demo-Anfrage).</summary>
    public const int DemoRequest = 742100006;

    /// <summary>Unsubscribe (Abmeldung).</summary>
    public const int Unsubscribe = 742100007;

    /// <summary>Chat (Chat).</summary>
    public const int Chat = 742100008;

    /// <summary>Email click (E-Mail-Klick).</summary>
    public const int EmailClick = 742100009;
}
