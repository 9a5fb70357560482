/**
 * The lead's command bar and form guidance. Enable rules: each action only in the stages the API allows it and only for
 * users with the FunnelCrm Sales Rep role; commands call the custom APIs and show the guard's refusal in the platform's
 * error dialog; Reject... and Recycle... open the action dialog. The form script shows one notification per BANT item
 * the next gate needs and the lead lacks (cleared as soon as the rep fills it), the acceptance SLA while an MQL waits,
 * and why the score is what it is on the explanation field.
 */
namespace FunnelCrm.Lead {
    /** fcm_funnelstage values. */
    export const Stage = {
        Known: 742100000, Engaged: 742100001, Mql: 742100002, Sal: 742100003, Sql: 742100004,
        Opportunity: 742100005, Won: 742100006, Lost: 742100007, Recycled: 742100008, Disqualified: 742100009,
    } as const;

    /** The role whose users work leads with the buttons. */
    export const RepRole = "FunnelCrm Sales Rep";

    /** The stage column. */
    export const StageColumn = "fcm_stage";

    /** The dialog web resource (Reject..., Recycle...). */
    export const DialogPage = "fcm_/dialogs/leadaction.html";

    /** The lead columns behind each BANT item (Dataverse's own columns): an item is missing when all of its columns are empty. */
    export const BantColumns: Record<string, string[]> = {
        budget: ["budgetamount", "budgetstatus"],
        authority: ["decisionmaker", "purchaseprocess"],
        need: ["need"],
        timeline: ["purchasetimeframe"],
    };

    /** The stages in which each action is allowed (what the custom APIs accept). */
    export const AllowedStages: Record<string, number[]> = {
        accept: [Stage.Mql],
        reject: [Stage.Mql, Stage.Sal, Stage.Sql],
        qualify: [Stage.Sal],
        recycle: [Stage.Mql, Stage.Sal, Stage.Sql],
    };

    const NotificationPrefix = "fcm_bant_";
    const SlaNotification = "fcm_sla";
    const ExplanationControl = "fcm_scoreexplanation";
    const ExplanationNotification = "fcm_scorewhy";

    /** Whether the current user holds the FunnelCrm Sales Rep role. */
    export function isRep(): boolean {
        return Xrm.Utility.getGlobalContext().userSettings.roles.get().some(role => role.name === RepRole);
    }

    /** Enable rule of the form buttons: a saved lead, in a stage where <paramref name="action"/> is allowed, for a rep. */
    export function canDo(primaryControl: Xrm.FormContext, action: string): boolean {
        const stage = primaryControl.getAttribute<Xrm.Attributes.OptionSetAttribute>(StageColumn)?.getValue();
        return primaryControl.data.entity.getId() !== "" && stage != null && (AllowedStages[action] ?? []).includes(stage) && isRep();
    }

    /** Enable rule of Explain score on the form: any saved lead. */
    export function canExplain(primaryControl: Xrm.FormContext): boolean {
        return primaryControl.data.entity.getId() !== "";
    }

    /** Enable rule of the grid buttons: at least one lead selected, for a rep (the API judges each lead's stage). */
    export function canDoSelected(selectedIds: string[]): boolean {
        return selectedIds.length > 0 && isRep();
    }

    /** Accept (form). */
    export async function accept(primaryControl: Xrm.FormContext): Promise<void> {
        await run(primaryControl, () => Api.call(Api.AcceptLead, primaryControl.data.entity.getId()));
    }

    /** Qualify to SQL (form). */
    export async function qualifyToSql(primaryControl: Xrm.FormContext): Promise<void> {
        await run(primaryControl, () => Api.call(Api.QualifyToSql, primaryControl.data.entity.getId()));
    }

    /** Reject... (form): the dialog with the rejection reasons and a note. */
    export async function reject(primaryControl: Xrm.FormContext): Promise<void> {
        await openDialog("reject", [primaryControl.data.entity.getId()]);
        await primaryControl.data.refresh(false);
    }

    /** Recycle... (form): the dialog asking why. */
    export async function recycle(primaryControl: Xrm.FormContext): Promise<void> {
        await openDialog("recycle", [primaryControl.data.entity.getId()]);
        await primaryControl.data.refresh(false);
    }

    /** Explain score (form or grid): the score now and why, in an alert dialog. */
    export async function explainScore(leadId: string | Xrm.FormContext): Promise<void> {
        const id = typeof leadId === "string" ? leadId : leadId.data.entity.getId();
        try {
            const score = await Api.call<Api.ScoreExplanation>(Api.ExplainScore, id, {}, true);
            const lang = Texts.current();
            const lines = score.Explanation.length > 0 ? score.Explanation : [Texts.text("noExplanation", lang)];
            await Xrm.Navigation.openAlertDialog({ title: title(score, lang), text: lines.join("\n") });
        } catch (error) {
            await Api.showError(error);
        }
    }

    /** Accept (grid): each selected lead; the refusals in one error dialog. */
    export async function acceptSelected(selectedIds: string[], gridControl: Xrm.Controls.GridControl): Promise<void> {
        await each(selectedIds, id => Api.call(Api.AcceptLead, id));
        gridControl.refresh();
    }

    /** Qualify to SQL (grid). */
    export async function qualifySelected(selectedIds: string[], gridControl: Xrm.Controls.GridControl): Promise<void> {
        await each(selectedIds, id => Api.call(Api.QualifyToSql, id));
        gridControl.refresh();
    }

    /** Reject... (grid). */
    export async function rejectSelected(selectedIds: string[], gridControl: Xrm.Controls.GridControl): Promise<void> {
        await openDialog("reject", selectedIds);
        gridControl.refresh();
    }

    /** Recycle... (grid). */
    export async function recycleSelected(selectedIds: string[], gridControl: Xrm.Controls.GridControl): Promise<void> {
        await openDialog("recycle", selectedIds);
        gridControl.refresh();
    }

    /** Explain score (grid, one lead). */
    export async function explainSelected(selectedIds: string[]): Promise<void> {
        await explainScore(selectedIds[0]);
    }

    /** The lead form's OnLoad: guidance now, and again whenever a BANT column changes or the form saves. */
    export async function onLoad(executionContext: Xrm.Events.EventContext): Promise<void> {
        const form = executionContext.getFormContext();
        if (form.data.entity.getId() === "") {
            return;
        }

        for (const columns of Object.values(BantColumns)) {
            for (const column of columns) {
                form.getAttribute(column)?.addOnChange(context => showBant(context.getFormContext()));
            }
        }

        form.data.entity.addOnPostSave(context => refresh(context.getFormContext()));
        await refresh(form);
    }

    const missingByForm = new WeakMap<object, { items: string[]; gate: number | null }>();

    /** Asks the server where the lead stands and shows it. */
    export async function refresh(form: Xrm.FormContext): Promise<void> {
        const id = form.data.entity.getId();
        const lang = Texts.current();
        try {
            const [status, score] = await Promise.all([
                Api.call<Api.FunnelStatusResponse>(Api.FunnelStatus, id, {}, true),
                Api.call<Api.ScoreExplanation>(Api.ExplainScore, id, {}, true),
            ]);
            missingByForm.set(form, { items: status.MissingBant, gate: status.NextGate });
            showBant(form);
            showSla(form, status, lang);
            showExplanation(form, score, lang);
        } catch (error) {
            await Api.showError(error);
        }
    }

    /** One warning per item the server found missing whose columns are still empty on the form; none for a filled one. */
    export function showBant(form: Xrm.FormContext): void {
        const lang = Texts.current();
        const missing = missingByForm.get(form) ?? { items: [], gate: null };
        for (const [item, columns] of Object.entries(BantColumns)) {
            const empty = columns.every(column => {
                const value = form.getAttribute(column)?.getValue();
                return value === null || value === undefined || value === "";
            });
            if (missing.items.includes(item) && empty) {
                form.ui.setFormNotification(Texts.text("bantMissing", lang, { item: Texts.text(item as "budget", lang), gate: gateName(missing.gate) }), "WARNING", NotificationPrefix + item);
            } else {
                form.ui.clearFormNotification(NotificationPrefix + item);
            }
        }
    }

    function showSla(form: Xrm.FormContext, status: Api.FunnelStatusResponse, lang: Texts.Language): void {
        form.ui.clearFormNotification(SlaNotification);
        if (status.SlaState === "none" || status.SlaDueOn === null) {
            return;
        }

        const due = Texts.dateTime(new Date(status.SlaDueOn), lang);
        const breached = status.SlaState === "breached";
        form.ui.setFormNotification(Texts.text(breached ? "slaBreached" : "slaRunning", lang, { due }), breached ? "ERROR" : "INFO", SlaNotification);
    }

    function showExplanation(form: Xrm.FormContext, score: Api.ScoreExplanation, lang: Texts.Language): void {
        const control = form.getControl<Xrm.Controls.StandardControl>(ExplanationControl);
        if (!control) {
            return;
        }

        control.clearNotification(ExplanationNotification);
        control.addNotification({
            uniqueId: ExplanationNotification,
            notificationLevel: "RECOMMENDATION",
            messages: [title(score, lang), ...(score.Explanation.length > 0 ? score.Explanation : [Texts.text("noExplanation", lang)])],
        });
    }

    function title(score: Api.ScoreExplanation, lang: Texts.Language): string {
        return Texts.text("explanationTitle", lang, { score: score.Score, behaviour: score.BehaviourScore, fit: score.FitScore, grade: score.Grade });
    }

    function gateName(gate: number | null): string {
        return gate === Stage.Opportunity ? "Opportunity" : "SQL";
    }

    async function run(form: Xrm.FormContext, action: () => Promise<unknown>): Promise<void> {
        try {
            await action();
            await form.data.refresh(false);
            form.ui.refreshRibbon();
        } catch (error) {
            await Api.showError(error);
        }
    }

    async function each(ids: string[], action: (id: string) => Promise<unknown>): Promise<void> {
        const failures: string[] = [];
        for (const id of ids) {
            try {
                await action(id);
            } catch (error) {
                failures.push((error as { message?: string })?.message ?? String(error));
            }
        }

        if (failures.length > 0) {
            await Api.showError(new Error(ids.length === 1 ? failures[0] : Texts.text("partlyDone", Texts.current(), { done: ids.length - failures.length, all: ids.length, failures: failures.join(" ") })));
        }
    }

    async function openDialog(action: "reject" | "recycle", ids: string[]): Promise<void> {
        const lang = Texts.current();
        await Xrm.Navigation.navigateTo(
            { pageType: "webresource", webresourceName: DialogPage, data: JSON.stringify({ action, ids: ids.map(id => id.replace(/[{}]/g, "")) }) },
            { target: 2, width: { value: 480, unit: "px" }, height: { value: 360, unit: "px" }, position: 1, title: Texts.text(action === "reject" ? "rejectTitle" : "recycleTitle", lang) });
    }
}
