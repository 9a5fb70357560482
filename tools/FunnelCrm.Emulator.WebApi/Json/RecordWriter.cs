using System;
using System.Text.Json;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Json;

/// <summary>
/// Writes records as the Web API shows them: <c>@odata.etag</c> from the row version, every shown column (null when
/// empty), lookups as <c>_x_value</c> with the lookup annotations and the formatted values the organization returned when the
/// request's Prefer asks for them, expanded records nested under their navigation property.
/// </summary>
public sealed class RecordWriter
{
    private const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    private const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    private const string AssociatedNavigation = "Microsoft.Dynamics.CRM.associatednavigationproperty";

    private readonly ApiModel model;
    private readonly Preferences preferences;
    private readonly Func<EntityReference, RecordShape, Entity?> related;

    /// <summary>A writer; <paramref name="related"/> reads an expanded record (null when the caller may not see it or it is gone).</summary>
    public RecordWriter(ApiModel model, Preferences preferences, Func<EntityReference, RecordShape, Entity?> related)
    {
        this.model = model;
        this.preferences = preferences;
        this.related = related;
    }

    /// <summary>The ETag of a row version: <c>W/"123"</c>.</summary>
    public static string ETag(string? rowVersion) => "W/\"" + rowVersion + "\"";

    /// <summary>Writes the record's properties (the caller writes the enclosing braces' context annotation first, if any).</summary>
    public void WriteProperties(Utf8JsonWriter writer, Entity entity, RecordShape shape)
    {
        writer.WriteString("@odata.etag", ETag(entity.RowVersion));
        foreach (var column in shape.Columns)
        {
            var name = ApiModel.PropertyName(column);
            entity.Attributes.TryGetValue(column.LogicalName, out var value);
            if (value != null && preferences.Wants(FormattedValue) && entity.FormattedValues.TryGetValue(column.LogicalName, out var text))
            {
                writer.WriteString(name + "@" + FormattedValue, text);
            }
            if (value is EntityReference reference)
            {
                WriteLookupAnnotations(writer, shape.Table, column, name, reference);
            }
            writer.WritePropertyName(name);
            JsonValues.Write(writer, value);
        }
        foreach (var expansion in shape.Expansions)
        {
            writer.WritePropertyName(expansion.Navigation.Name);
            var target = entity.GetAttributeValue<EntityReference>(expansion.Navigation.Column);
            var row = target == null || target.LogicalName != expansion.Navigation.TargetTable ? null : related(target, expansion.Shape);
            if (row == null)
            {
                writer.WriteNullValue();
                continue;
            }
            writer.WriteStartObject();
            WriteProperties(writer, row, expansion.Shape);
            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// Writes a row a FetchXML query returned: its etag when it has a row version (aggregate rows have none), each of its
    /// columns, and its aliased values (link-entity columns, aggregates) under their alias, as Dataverse names them (<c>acc.name</c>, <c>count</c>).
    /// </summary>
    public void WriteFetched(Utf8JsonWriter writer, Entity entity, TableMetadata table)
    {
        if (entity.RowVersion != null)
        {
            writer.WriteString("@odata.etag", ETag(entity.RowVersion));
        }
        foreach (var pair in entity.Attributes)
        {
            var column = pair.Value is AliasedValue ? null : table.FindColumn(pair.Key);
            var name = column == null ? pair.Key : ApiModel.PropertyName(column);
            var value = pair.Value is AliasedValue aliased ? aliased.Value : pair.Value;
            if (value != null && preferences.Wants(FormattedValue) && entity.FormattedValues.TryGetValue(pair.Key, out var text))
            {
                writer.WriteString(name + "@" + FormattedValue, text);
            }
            if (column != null && value is EntityReference reference)
            {
                WriteLookupAnnotations(writer, table, column, name, reference);
            }
            writer.WritePropertyName(name);
            JsonValues.Write(writer, value);
        }
    }

    private void WriteLookupAnnotations(Utf8JsonWriter writer, TableMetadata table, ColumnMetadata column, string name, EntityReference reference)
    {
        if (preferences.Wants(AssociatedNavigation) && model.NavigationFor(table, column.LogicalName, reference.LogicalName) is { } navigation)
        {
            writer.WriteString(name + "@" + AssociatedNavigation, navigation.Name);
        }
        if (preferences.Wants(LookupLogicalName))
        {
            writer.WriteString(name + "@" + LookupLogicalName, reference.LogicalName);
        }
    }

    /// <summary>The total-count annotations Dataverse adds when asked (count capped at 5,000).</summary>
    public void WriteCount(Utf8JsonWriter writer, int total, bool counted)
    {
        var capped = Math.Min(total, Preferences.MaxPageSize);
        if (counted)
        {
            writer.WriteNumber("@odata.count", capped);
        }
        if (preferences.Wants("Microsoft.Dynamics.CRM.totalrecordcount"))
        {
            writer.WriteNumber("@Microsoft.Dynamics.CRM.totalrecordcount", counted ? capped : -1);
        }
        if (preferences.Wants("Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded"))
        {
            writer.WriteBoolean("@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded", counted && total > Preferences.MaxPageSize);
        }
    }
}
