import { beforeAll, describe, expect, it, vi } from "vitest";
import { XrmMockGenerator } from "xrm-mock";
import { answer, asked, LeadId, loadScript, MarketingRole, RepRole, user } from "./support";

const Stage = { Known: 742100000, Engaged: 742100001, Mql: 742100002, Sal: 742100003, Sql: 742100004, Opportunity: 742100005, Recycled: 742100008 };

beforeAll(() => loadScript("lead.js"));

function leadIn(stage: number | null, roles = [RepRole], languageId = 1033) {
  const xrm = user(roles, languageId);
  XrmMockGenerator.Attribute.createOptionSet("fcm_stage", stage ?? undefined);
  return xrm;
}

const status = (overrides: Partial<FunnelCrm.Api.FunnelStatusResponse> = {}): FunnelCrm.Api.FunnelStatusResponse => ({
  Stage: Stage.Sal, NextGate: Stage.Sql, MissingBant: [], FailingBant: [], BantMessage: "", SlaDueOn: null, SlaState: "none", ...overrides,
});

const score: FunnelCrm.Api.ScoreExplanation = { Score: 230, BehaviourScore: 210, FitScore: 20, Grade: "A", Explanation: ["Requested a demo 7 days ago: +83", "Target account: +20"] };

function answers(execute: ReturnType<typeof vi.fn>, funnelStatus: FunnelCrm.Api.FunnelStatusResponse) {
  execute.mockImplementation(async (request: Record<string, unknown>) => answer(asked(request).name === "fcm_FunnelStatus" ? funnelStatus : score));
}

describe("enable rules", () => {
  it.each([
    ["accept", Stage.Mql, true], ["accept", Stage.Sal, false], ["accept", Stage.Known, false],
    ["reject", Stage.Mql, true], ["reject", Stage.Sal, true], ["reject", Stage.Sql, true], ["reject", Stage.Engaged, false], ["reject", Stage.Recycled, false],
    ["qualify", Stage.Sal, true], ["qualify", Stage.Mql, false], ["qualify", Stage.Sql, false],
    ["recycle", Stage.Mql, true], ["recycle", Stage.Sql, true], ["recycle", Stage.Known, false], ["recycle", Stage.Opportunity, false],
  ])("%s is enabled for a rep in stage %i: %s", (action, stage, enabled) => {
    const { form } = leadIn(stage);

    expect(FunnelCrm.Lead.canDo(form, action)).toBe(enabled);
  });

  it("disables every action for a user without the rep role, whatever the stage", () => {
    const { form } = leadIn(Stage.Mql, [MarketingRole]);

    expect(["accept", "reject", "qualify", "recycle"].map(action => FunnelCrm.Lead.canDo(form, action))).toEqual([false, false, false, false]);
  });

  it("disables the actions on a lead without a stage", () => {
    const { form } = leadIn(null);

    expect(FunnelCrm.Lead.canDo(form, "reject")).toBe(false);
  });

  it("enables the grid buttons for a rep with at least one lead selected", () => {
    leadIn(Stage.Mql);

    expect([FunnelCrm.Lead.canDoSelected([]), FunnelCrm.Lead.canDoSelected([LeadId])]).toEqual([false, true]);
  });

  it("disables the grid buttons for a user without the rep role", () => {
    leadIn(Stage.Mql, [MarketingRole]);

    expect(FunnelCrm.Lead.canDoSelected([LeadId])).toBe(false);
  });
});

describe("commands", () => {
  it("Accept calls fcm_AcceptLead bound to the lead, then refreshes the form and the ribbon", async () => {
    const { form, execute } = leadIn(Stage.Mql);
    execute.mockResolvedValue(answer({ Message: "Lead 'Contoso - J. Smith' accepted (SAL)." }));

    await FunnelCrm.Lead.accept(form);

    const call = asked(execute.mock.calls[0][0]);
    expect(call).toMatchObject({ name: "fcm_AcceptLead", isFunction: false, bound: "entity", entity: { entityType: "lead", id: LeadId.replace(/[{}]/g, "") }, parameters: {} });
    expect(form.data.refresh).toHaveBeenCalledWith(false);
    expect(form.ui.refreshRibbon).toHaveBeenCalled();
  });

  it("Qualify to SQL refused shows the guard's message in the platform's error dialog and leaves the form alone", async () => {
    const { form, execute, openErrorDialog } = leadIn(Stage.Sal);
    execute.mockRejectedValue({ message: "Cannot move the lead to SQL: budget and timeline are missing." });

    await FunnelCrm.Lead.qualifyToSql(form);

    expect(asked(execute.mock.calls[0][0]).name).toBe("fcm_QualifyToSql");
    expect(openErrorDialog).toHaveBeenCalledWith({ message: "Cannot move the lead to SQL: budget and timeline are missing." });
    expect(form.data.refresh).not.toHaveBeenCalled();
  });

  it("Reject... opens the action dialog for the lead and refreshes the form when it closes", async () => {
    const { form, navigateTo } = leadIn(Stage.Mql, [RepRole], 1031);

    await FunnelCrm.Lead.reject(form);

    const [page, options] = navigateTo.mock.calls[0] as unknown as [{ pageType: string; webresourceName: string; data: string }, { target: number; title: string }];
    expect(page).toMatchObject({ pageType: "webresource", webresourceName: "fcm_/dialogs/leadaction.html" });
    expect(JSON.parse(page.data)).toEqual({ action: "reject", ids: [LeadId.replace(/[{}]/g, "")] });
    expect(options).toMatchObject({ target: 2, title: "Lead ablehnen" });
    expect(form.data.refresh).toHaveBeenCalledWith(false);
  });

  it("Explain score calls the fcm_ExplainScore function and shows the lines in an alert", async () => {
    const { form, execute, openAlertDialog } = leadIn(Stage.Mql);
    execute.mockResolvedValue(answer(score));

    await FunnelCrm.Lead.explainScore(form);

    expect(asked(execute.mock.calls[0][0])).toMatchObject({ name: "fcm_ExplainScore", isFunction: true });
    expect(openAlertDialog).toHaveBeenCalledWith({ title: "Why this score: 230 (behaviour 210, fit 20), grade A", text: "Requested a demo 7 days ago: +83\nTarget account: +20" });
  });

  it("Accept on the grid accepts each selected lead and reports the refusals together", async () => {
    const { execute, openErrorDialog } = leadIn(Stage.Mql);
    execute.mockResolvedValueOnce(answer({ Message: "ok" })).mockRejectedValueOnce({ message: "Cannot accept lead 'B': Only an MQL can be accepted; the lead is SAL." });
    const grid = { refresh: vi.fn() } as unknown as Xrm.Controls.GridControl;

    await FunnelCrm.Lead.acceptSelected(["a", "b"], grid);

    expect(execute.mock.calls.map(c => (asked(c[0]).entity as { id: string }).id)).toEqual(["a", "b"]);
    expect(openErrorDialog).toHaveBeenCalledWith({ message: "1 of 2 leads done. Cannot accept lead 'B': Only an MQL can be accepted; the lead is SAL." });
    expect(grid.refresh).toHaveBeenCalled();
  });
});

describe("form guidance", () => {
  function bantColumns() {
    XrmMockGenerator.Attribute.createNumber("budgetamount", undefined);
    XrmMockGenerator.Attribute.createOptionSet("budgetstatus", undefined);
    XrmMockGenerator.Attribute.createBoolean("decisionmaker", undefined);
    XrmMockGenerator.Attribute.createOptionSet("purchaseprocess", undefined);
    XrmMockGenerator.Attribute.createOptionSet("need", 0);
    XrmMockGenerator.Attribute.createOptionSet("purchasetimeframe", undefined);
    XrmMockGenerator.Attribute.createString("fcm_scoreexplanation", "");
  }

  const notifications = (form: Xrm.FormContext) =>
    ((form.ui as unknown as { formNotifications?: { uniqueId: string; level: string; message: string }[] }).formNotifications ?? []);

  it("shows one warning per BANT item the next gate lacks, and clears it when the rep fills the item", async () => {
    const { form, execute } = leadIn(Stage.Sal);
    bantColumns();
    answers(execute, status({ MissingBant: ["budget", "timeline"] }));

    await FunnelCrm.Lead.onLoad(XrmMockGenerator.getEventContext());
    const before = notifications(form).map(n => n.uniqueId);
    const budget = notifications(form).find(n => n.uniqueId === "fcm_bant_budget");
    form.getAttribute("budgetstatus")!.setValue(2);
    form.getAttribute("budgetstatus")!.fireOnChange();
    const after = notifications(form).map(n => n.uniqueId);
    form.getAttribute("budgetstatus")!.setValue(null);
    form.getAttribute("budgetstatus")!.fireOnChange();

    expect(before).toEqual(["fcm_bant_budget", "fcm_bant_timeline"]);
    expect(budget).toMatchObject({ level: "WARNING", message: "Budget is missing: the next gate (SQL) needs it." });
    expect(after).toEqual(["fcm_bant_timeline"]);
    expect(notifications(form).map(n => n.uniqueId).sort()).toEqual(["fcm_bant_budget", "fcm_bant_timeline"]);
  });

  it("shows the running acceptance SLA of an MQL in German for user language 1031", async () => {
    const { form, execute } = leadIn(Stage.Mql, [RepRole], 1031);
    bantColumns();
    answers(execute, status({ Stage: Stage.Mql, SlaDueOn: "2026-03-03T09:00:00Z", SlaState: "running" }));

    await FunnelCrm.Lead.onLoad(XrmMockGenerator.getEventContext());

    const sla = notifications(form).find(n => n.uniqueId === "fcm_sla")!;
    expect(sla.level).toBe("INFO");
    expect(sla.message).toBe("Diesen MQL bis " + new Date("2026-03-03T09:00:00Z").toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" }) + " annehmen oder ablehnen.");
  });

  it("shows a breached acceptance SLA as an error", async () => {
    const { form, execute } = leadIn(Stage.Mql);
    bantColumns();
    answers(execute, status({ Stage: Stage.Mql, SlaDueOn: "2026-03-03T09:00:00Z", SlaState: "breached" }));

    await FunnelCrm.Lead.onLoad(XrmMockGenerator.getEventContext());

    expect(notifications(form).find(n => n.uniqueId === "fcm_sla")).toMatchObject({ level: "ERROR", message: expect.stringMatching(/^The acceptance SLA was due .* and is breached\.$/) });
  });

  it("puts why the score is what it is on the explanation field as a recommendation", async () => {
    const { form, execute } = leadIn(Stage.Sal);
    bantColumns();
    answers(execute, status());

    await FunnelCrm.Lead.onLoad(XrmMockGenerator.getEventContext());

    const control = form.getControl("fcm_scoreexplanation") as unknown as { notifications: { uniqueId: string; notificationLevel: string; messages: string[] }[] };
    expect(control.notifications).toEqual([{ uniqueId: "fcm_scorewhy", notificationLevel: "RECOMMENDATION", messages: ["Why this score: 230 (behaviour 210, fit 20), grade A", ...score.Explanation] }]);
  });

  it("asks nothing of the server on a new lead", async () => {
    const { form, execute } = user([RepRole]);
    form.data.entity.getId = () => "";

    await FunnelCrm.Lead.onLoad(XrmMockGenerator.getEventContext());

    expect(execute).not.toHaveBeenCalled();
  });
});
