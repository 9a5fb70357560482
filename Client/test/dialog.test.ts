import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { answer, asked, loadPage, loadScript, RepRole, user } from "./support";

beforeAll(() => loadScript("leadaction.js"));

beforeEach(() => {
  document.body.innerHTML = loadPage("dialogs/leadaction.html");
});

const reject: FunnelCrm.Dialog.Input = { action: "reject", ids: ["a1", "b2"] };
const recycle: FunnelCrm.Dialog.Input = { action: "recycle", ids: ["a1"] };
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function rejectionReasons() {
  Xrm.Utility.getEntityMetadata = vi.fn(async () => ({
    Attributes: { get: () => ({ OptionSet: { 742100001: { value: 742100001, text: "Kein Bedarf" }, 742100003: { value: 742100003, text: "Falscher Zeitpunkt" } } }) },
  })) as unknown as typeof Xrm.Utility.getEntityMetadata;
}

describe("action dialog", () => {
  it("reads the action and the leads from the page's data parameter", () => {
    expect(FunnelCrm.Dialog.input("?data=" + encodeURIComponent(JSON.stringify(recycle)))).toEqual(recycle);
  });

  it("offers the rejection reasons of the choice in the user's language, with a note", async () => {
    user([RepRole], 1031);
    rejectionReasons();

    await FunnelCrm.Dialog.render(document, reject);

    expect(Array.from(byId<HTMLSelectElement>("reasonChoice").options).map(o => o.text)).toEqual(["", "Kein Bedarf", "Falscher Zeitpunkt"]);
    expect(byId("reasonLabel").textContent).toBe("Grund");
    expect(byId("cancel").textContent).toBe("Abbrechen");
    expect(byId("noteRow").hidden).toBe(false);
    expect(Xrm.Utility.getEntityMetadata).toHaveBeenCalledWith("lead", ["fcm_rejectionreason"]);
  });

  it("refuses OK without a reason and calls nothing", async () => {
    const { execute } = user([RepRole]);
    rejectionReasons();
    await FunnelCrm.Dialog.render(document, reject);

    const closed = await FunnelCrm.Dialog.submit(document, reject);

    expect(closed).toBe(false);
    expect(byId("validation").textContent).toBe("Choose a reason.");
    expect(execute).not.toHaveBeenCalled();
  });

  it("rejects every lead with the chosen reason and note, then closes", async () => {
    const { execute } = user([RepRole]);
    execute.mockResolvedValue(answer({ Message: "done" }));
    rejectionReasons();
    await FunnelCrm.Dialog.render(document, reject);
    byId<HTMLSelectElement>("reasonChoice").value = "742100003";
    byId<HTMLTextAreaElement>("note").value = "  Budget round in Q3 ";

    const closed = await FunnelCrm.Dialog.submit(document, reject);

    expect(closed).toBe(true);
    expect(execute.mock.calls.map(c => asked(c[0]))).toEqual([
      expect.objectContaining({ name: "fcm_RejectLead", isFunction: false, entity: { entityType: "lead", id: "a1" }, parameters: { Reason: 742100003, Note: "Budget round in Q3" } }),
      expect.objectContaining({ name: "fcm_RejectLead", entity: { entityType: "lead", id: "b2" } }),
    ]);
    expect(asked(execute.mock.calls[0][0]).types.Reason.typeName).toBe("Edm.Int32");
  });

  it("stays open and shows the guard's refusal in the platform's error dialog", async () => {
    const { execute, openErrorDialog } = user([RepRole]);
    execute.mockRejectedValue({ message: "Cannot reject lead 'Contoso - J. Smith': Only an MQL, SAL or SQL can be rejected; the lead is Recycled." });
    rejectionReasons();
    await FunnelCrm.Dialog.render(document, reject);
    byId<HTMLSelectElement>("reasonChoice").value = "742100001";

    const closed = await FunnelCrm.Dialog.submit(document, reject);

    expect(closed).toBe(false);
    expect(openErrorDialog).toHaveBeenCalledWith({ message: "Cannot reject lead 'Contoso - J. Smith': Only an MQL, SAL or SQL can be rejected; the lead is Recycled." });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it("asks why for a recycle and sends the reason as text", async () => {
    const { execute } = user([RepRole]);
    execute.mockResolvedValue(answer({ Message: "done" }));
    await FunnelCrm.Dialog.render(document, recycle);

    const refused = await FunnelCrm.Dialog.submit(document, recycle);
    byId<HTMLTextAreaElement>("reasonText").value = "Project postponed";
    const closed = await FunnelCrm.Dialog.submit(document, recycle);

    expect([refused, closed]).toEqual([false, true]);
    expect(byId("noteRow").hidden).toBe(true);
    expect(asked(execute.mock.calls[0][0])).toMatchObject({ name: "fcm_RecycleLead", parameters: { Reason: "Project postponed" } });
  });

  it("closes on Cancel without calling anything", async () => {
    const { execute } = user([RepRole]);
    const page = { location: { search: "?data=" + encodeURIComponent(JSON.stringify(recycle)) }, document, close: vi.fn() } as unknown as Window;

    await FunnelCrm.Dialog.start(page);
    byId("cancel").click();

    expect(page.close).toHaveBeenCalled();
    expect(execute).not.toHaveBeenCalled();
  });
});
