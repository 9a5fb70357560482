/**
 * The action dialog (fcm_/dialogs/leadaction.html), opened by Reject... and Recycle... with Xrm.Navigation.navigateTo and
 * the data {"action": "reject" | "recycle", "ids": [...]}. Reject offers the reasons of the fcm_rejectionreason choice
 * in the user's language (from the lead's metadata) and a note; Recycle asks why. OK calls the custom API for each lead
 * and closes; a refusal stays open and shows the platform's error dialog with the guard's message.
 */
namespace FunnelCrm.Dialog {
    /** What the command passed in. */
    export interface Input {
        action: "reject" | "recycle";
        ids: string[];
    }

    /** The Xrm of the page that opened the dialog. */
    export function xrm(): typeof Xrm {
        return ((window.parent as unknown as { Xrm?: typeof Xrm }).Xrm ?? Xrm);
    }

    /** Reads the data parameter of the page's address. */
    export function input(search: string): Input {
        const data = new URLSearchParams(search).get("data");
        const parsed = JSON.parse(data ?? "{}") as Partial<Input>;
        return { action: parsed.action === "recycle" ? "recycle" : "reject", ids: parsed.ids ?? [] };
    }

    /** Fills the page for the action: the labels, and for a rejection the reasons. */
    export async function render(document: Document, dialog: Input): Promise<void> {
        const lang = Texts.language(xrm().Utility.getGlobalContext().userSettings.languageId);
        const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
        element("reasonLabel").textContent = Texts.text(dialog.action === "reject" ? "reason" : "recycleReason", lang);
        element("noteLabel").textContent = Texts.text("note", lang);
        element("ok").textContent = Texts.text("ok", lang);
        element("cancel").textContent = Texts.text("cancel", lang);
        element("noteRow").hidden = dialog.action !== "reject";
        element("reasonText").hidden = dialog.action !== "recycle";
        element("reasonChoice").hidden = dialog.action !== "reject";
        if (dialog.action === "reject") {
            const metadata = await xrm().Utility.getEntityMetadata("lead", ["fcm_rejectionreason"]);
            const attribute = metadata.Attributes.get("fcm_rejectionreason") as unknown as { OptionSet: Record<string, { value: number; text: string }> };
            const select = element<HTMLSelectElement>("reasonChoice");
            select.append(new Option("", ""));
            for (const option of Object.values(attribute.OptionSet)) {
                select.append(new Option(option.text, String(option.value)));
            }
        }
    }

    /** OK: validates, calls the API for each lead; true when every call succeeded (the page then closes). */
    export async function submit(document: Document, dialog: Input): Promise<boolean> {
        const lang = Texts.language(xrm().Utility.getGlobalContext().userSettings.languageId);
        const error = document.getElementById("validation") as HTMLElement;
        let name: string;
        let parameters: Record<string, Api.Parameter>;
        if (dialog.action === "reject") {
            const reason = (document.getElementById("reasonChoice") as HTMLSelectElement).value;
            if (reason === "") {
                error.textContent = Texts.text("chooseReason", lang);
                return false;
            }

            const note = (document.getElementById("note") as HTMLTextAreaElement).value.trim();
            name = Api.RejectLead;
            parameters = { Reason: { value: Number(reason), typeName: "Edm.Int32" } };
            if (note !== "") {
                parameters.Note = { value: note, typeName: "Edm.String" };
            }
        } else {
            const reason = (document.getElementById("reasonText") as HTMLTextAreaElement).value.trim();
            if (reason === "") {
                error.textContent = Texts.text("giveReason", lang);
                return false;
            }

            name = Api.RecycleLead;
            parameters = { Reason: { value: reason, typeName: "Edm.String" } };
        }

        error.textContent = "";
        for (const id of dialog.ids) {
            try {
                const response = await xrm().WebApi.online.execute(Api.request(name, id, parameters, false));
                await response.json();
            } catch (failure) {
                const message = (failure as { message?: string })?.message ?? String(failure);
                await xrm().Navigation.openErrorDialog({ message });
                return false;
            }
        }

        return true;
    }

    /** Wires the page: fills it, OK submits and closes on success, Cancel closes. */
    export async function start(window: Window): Promise<void> {
        const dialog = input(window.location.search);
        await render(window.document, dialog);
        window.document.getElementById("ok")!.addEventListener("click", async () => {
            if (await submit(window.document, dialog)) {
                window.close();
            }
        });
        window.document.getElementById("cancel")!.addEventListener("click", () => window.close());
    }
}
