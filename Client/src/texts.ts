/** Every string a rep sees, in English and German (the user's language 1031); nothing else is translated here. */
namespace FunnelCrm.Texts {
    export type Language = "en" | "de";

    const english = {
        bantMissing: "{item} is missing: the next gate ({gate}) needs it.",
        budget: "Budget",
        authority: "Authority",
        need: "Need",
        timeline: "Timeline",
        slaRunning: "Accept or reject this MQL by {due}.",
        slaBreached: "The acceptance SLA was due {due} and is breached.",
        explanationTitle: "Why this score: {score} (behaviour {behaviour}, fit {fit}), grade {grade}",
        noExplanation: "No activity or profile rule has scored this lead yet.",
        rejectTitle: "Reject lead",
        recycleTitle: "Recycle lead",
        reason: "Reason",
        note: "Note (optional)",
        recycleReason: "Why does the lead go back to nurturing?",
        chooseReason: "Choose a reason.",
        giveReason: "Say why.",
        ok: "OK",
        cancel: "Cancel",
        partlyDone: "{done} of {all} leads done. {failures}",
    };

    type Key = keyof typeof english;

    const german: Record<Key, string> = {
        bantMissing: "{item} fehlt: Die nächste Prüfung ({gate}) braucht diese Angabe.",
        budget: "Budget",
        authority: "Entscheidungsbefugnis",
        need: "Bedarf",
        timeline: "Zeitrahmen",
        slaRunning: "Diesen MQL bis {due} annehmen oder ablehnen.",
        slaBreached: "Die Annahme-SLA war am {due} fällig und ist verletzt.",
        explanationTitle: "Warum dieser Score: {score} (Verhalten {behaviour}, Passung {fit}), Note {grade}",
        noExplanation: "Noch keine Aktivität und keine Profilregel hat diesen Lead bewertet.",
        rejectTitle: "Lead ablehnen",
        recycleTitle: "Lead recyceln",
        reason: "Grund",
        note: "Notiz (optional)",
        recycleReason: "Warum geht der Lead zurück in die Pflege?",
        chooseReason: "Wählen Sie einen Grund.",
        giveReason: "Geben Sie einen Grund an.",
        ok: "OK",
        cancel: "Abbrechen",
        partlyDone: "{done} von {all} Leads erledigt. {failures}",
    };

    /** German for user language 1031, English otherwise. */
    export function language(languageId: number): Language {
        return languageId === 1031 ? "de" : "en";
    }

    /** The user's language, from the global context. */
    export function current(): Language {
        return language(Xrm.Utility.getGlobalContext().userSettings.languageId);
    }

    /** The text for <paramref name="key"/> with {placeholders} filled in. */
    export function text(key: Key, lang: Language, values: Record<string, string | number> = {}): string {
        const template = (lang === "de" ? german : english)[key];
        return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
    }

    /** A date and time the way the user's language writes it. */
    export function dateTime(value: Date, lang: Language): string {
        return value.toLocaleString(lang === "de" ? "de-DE" : "en-US", { dateStyle: "medium", timeStyle: "short" });
    }
}
