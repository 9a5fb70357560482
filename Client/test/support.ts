import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { XrmMockGenerator } from "xrm-mock";

const solution = (path: string) => fileURLToPath(new URL("../../Solution/WebResources/fcm_/" + path, import.meta.url));

/** Runs a web resource the solution ships (the tsc output) and publishes its FunnelCrm namespace globally, as the browser does. */
export function loadScript(name: string): void {
  const run = new Function(readFileSync(solution("scripts/" + name), "utf8") + "\nreturn FunnelCrm;");
  (globalThis as unknown as { FunnelCrm: unknown }).FunnelCrm = run();
}

/** The body of a shipped HTML web resource, without its scripts. */
export function loadPage(name: string): string {
  const html = readFileSync(solution(name), "utf8");
  return html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>")).replace(/<script[\s\S]*?<\/script>/g, "");
}

export const LeadId = "{6f0c3b7e-52a4-4d8e-9c1f-0f4e1c2d7a55}";

export const RepRole = { id: "{9eb9e432-1b16-5dc1-874b-1705ba06bac1}", name: "FunnelCrm Sales Rep", entityType: "role" };
export const MarketingRole = { id: "{31868121-8e80-5567-b960-711c871555c6}", name: "FunnelCrm Marketing", entityType: "role" };

/** Xrm for a user with the roles and language; WebApi, navigation and metadata as spies the test sets up. */
export function user(roles: Xrm.LookupValue[], languageId = 1033, leadId = LeadId) {
  XrmMockGenerator.initialise({ entity: { id: leadId, entityName: "lead" } });
  const form = XrmMockGenerator.getFormContext();
  form.data.refresh = vi.fn(async () => undefined) as unknown as typeof form.data.refresh;
  form.ui.refreshRibbon = vi.fn();
  const globalContext = { userSettings: { languageId, roles: { get: () => roles } } };
  Xrm.Utility.getGlobalContext = vi.fn(() => globalContext) as unknown as typeof Xrm.Utility.getGlobalContext;
  const execute = vi.fn();
  (Xrm.WebApi as unknown as { online: { execute: typeof execute } }).online = { execute };
  const openErrorDialog = vi.fn(async () => undefined);
  const openAlertDialog = vi.fn(async () => undefined);
  const navigateTo = vi.fn(async () => undefined);
  Object.assign(Xrm.Navigation, { openErrorDialog, openAlertDialog, navigateTo });
  return { form, execute, openErrorDialog, openAlertDialog, navigateTo };
}

/** An execute answer: the API's response properties. */
export function answer(body: unknown) {
  return { ok: true, json: async () => body };
}

/** What a request passed to execute asked for. */
export function asked(request: Record<string, unknown>) {
  const metadata = (request.getMetadata as () => { operationName: string; operationType: number; boundParameter: string; parameterTypes: Record<string, { typeName: string }> })();
  const { getMetadata: _, entity, ...parameters } = request;
  return { name: metadata.operationName, isFunction: metadata.operationType === 1, bound: metadata.boundParameter, entity, parameters, types: metadata.parameterTypes };
}
