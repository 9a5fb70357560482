/** The lead's custom APIs, called through Xrm.WebApi as the command bar and the form call them. */
namespace FunnelCrm.Api {
    export const AcceptLead = "fcm_AcceptLead";
    export const RejectLead = "fcm_RejectLead";
    export const QualifyToSql = "fcm_QualifyToSql";
    export const RecycleLead = "fcm_RecycleLead";
    export const ExplainScore = "fcm_ExplainScore";
    export const FunnelStatus = "fcm_FunnelStatus";

    /** A parameter value and its Web API type. */
    export interface Parameter {
        value: string | number;
        typeName: "Edm.String" | "Edm.Int32";
    }

    /** What fcm_ExplainScore returns. */
    export interface ScoreExplanation {
        Score: number;
        BehaviourScore: number;
        FitScore: number;
        Grade: string;
        Explanation: string[];
    }

    /** What fcm_FunnelStatus returns. */
    export interface FunnelStatusResponse {
        Stage: number | null;
        NextGate: number | null;
        MissingBant: string[];
        FailingBant: string[];
        BantMessage: string;
        SlaDueOn: string | null;
        SlaState: "none" | "running" | "breached";
    }

    /** The request Xrm.WebApi.online.execute takes for a lead-bound custom API. */
    export function request(name: string, leadId: string, parameters: Record<string, Parameter>, isFunction: boolean): Record<string, unknown> {
        const parameterTypes: Record<string, { typeName: string; structuralProperty: number }> = {
            entity: { typeName: "mscrm.lead", structuralProperty: 5 },
        };
        const body: Record<string, unknown> = { entity: { entityType: "lead", id: leadId.replace(/[{}]/g, "") } };
        for (const [key, parameter] of Object.entries(parameters)) {
            body[key] = parameter.value;
            parameterTypes[key] = { typeName: parameter.typeName, structuralProperty: 1 };
        }

        body.getMetadata = () => ({ boundParameter: "entity", parameterTypes, operationType: isFunction ? 1 : 0, operationName: name });
        return body;
    }

    /** Calls the API on the lead; resolves with its response properties, rejects with the platform's error. */
    export async function call<T>(name: string, leadId: string, parameters: Record<string, Parameter> = {}, isFunction = false): Promise<T> {
        const response = await Xrm.WebApi.online.execute(request(name, leadId, parameters, isFunction));
        return (await response.json()) as T;
    }

    /** The platform's error dialog with the message the guard or the platform gave. */
    export async function showError(error: unknown): Promise<void> {
        const message = error instanceof Error ? error.message : (error as { message?: string })?.message ?? String(error);
        await Xrm.Navigation.openErrorDialog({ message });
    }
}
