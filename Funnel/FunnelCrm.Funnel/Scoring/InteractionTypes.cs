using System.Collections.Generic;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// The subtypes of the interaction activity (<c>fcm_interaction</c>) as behaviour rules name them; the CRM mapping
    /// turns the interaction type option set into these words.
    /// </summary>
    public static class InteractionTypes
    {
        /// <summary>A tracked website visit.</summary>
        public const string WebVisit = "webvisit";

        /// <summary>A content download.</summary>
        public const string Download = "download";

        /// <summary>A newsletter sign-up.</summary>
        public const string NewsletterSignup = "newslettersignup";

        /// <summary>An email opened or clicked.</summary>
        public const string EmailClick = "emailclick";

        /// <summary>A social media interaction.</summary>
        public const string Social = "social";

        /// <summary>A live chat.</summary>
        public const string Chat = "chat";

        /// <summary>A webinar registration.</summary>
        public const string WebinarRegistration = "webinarregistration";

        /// <summary>A webinar attended.</summary>
        public const string WebinarAttendance = "webinarattendance";

        /// <summary>An event or trade-fair booth attended.</summary>
        public const string EventAttendance = "eventattendance";

        /// <summary>A product demo or sample request.</summary>
        public const string DemoRequest = "demorequest";

        /// <summary>A product put in the cart.</summary>
        public const string CartAdd = "cartadd";

        /// <summary>A newsletter unsubscribe.</summary>
        public const string Unsubscribe = "unsubscribe";

        /// <summary>All interaction types, in the order of the option set.</summary>
        public static readonly IReadOnlyList<string> All = new[]
        {
            WebVisit, Download, NewsletterSignup, EmailClick, Social, Chat, WebinarRegistration, WebinarAttendance,
            EventAttendance, DemoRequest, CartAdd, Unsubscribe,
        };
    }
}
