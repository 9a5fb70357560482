using System;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>What a resource path under <c>/api/data/v9.2/</c> addresses.</summary>
public enum ResourceKind
{
    /// <summary>The service document (the entity sets).</summary>
    ServiceDocument,
    /// <summary><c>$metadata</c>.</summary>
    Metadata,
    /// <summary><c>$batch</c>.</summary>
    Batch,
    /// <summary>An entity set: <c>leads</c>.</summary>
    Collection,
    /// <summary>An entity set's row count: <c>leads/$count</c>.</summary>
    Count,
    /// <summary>One record: <c>leads(id)</c>.</summary>
    Record,
    /// <summary>One property of a record: <c>leads(id)/subject</c>.</summary>
    Property,
    /// <summary>A function or action bound to an entity set: <c>leads/Microsoft.Dynamics.CRM.CreateMultiple</c>.</summary>
    CollectionOperation,
    /// <summary>A function or action bound to a record: <c>leads(id)/Microsoft.Dynamics.CRM.QualifyLead</c>.</summary>
    RecordOperation,
    /// <summary>An unbound function or action: <c>WhoAmI</c>.</summary>
    Operation,
}

/// <summary>A parsed resource path: the kind, the table, the key, the property or the operation.</summary>
public sealed class ResourcePath
{
    private const string OperationPrefix = ApiModel.Namespace + ".";

    private ResourcePath(ResourceKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the path addresses.</summary>
    public ResourceKind Kind { get; private init; }

    /// <summary>The table of an entity-set path.</summary>
    public TableMetadata? Table { get; private init; }

    /// <summary>The record's key.</summary>
    public KeyValues? Key { get; private init; }

    /// <summary>The property of a property path.</summary>
    public string? Property { get; private init; }

    /// <summary>The operation's name (without the namespace).</summary>
    public string? Operation { get; private init; }

    /// <summary>The text in a function call's parentheses (<c>""</c> when none).</summary>
    public string OperationArguments { get; private init; } = "";

    /// <summary>The table, for paths that have one.</summary>
    public TableMetadata RequiredTable => Table ?? throw new InvalidOperationException("The path has no entity set.");

    /// <summary>Parses a path relative to the service root (no leading slash, not URL-decoded).</summary>
    public static ResourcePath Parse(string path, ApiModel model)
    {
        path = path.Trim('/');
        if (path.Length == 0)
        {
            return new ResourcePath(ResourceKind.ServiceDocument);
        }
        if (path == "$metadata")
        {
            return new ResourcePath(ResourceKind.Metadata);
        }
        if (path == "$batch")
        {
            return new ResourcePath(ResourceKind.Batch);
        }
        var slash = FirstSlashOutsideParentheses(path);
        var head = slash < 0 ? path : path.Substring(0, slash);
        var rest = slash < 0 ? null : path.Substring(slash + 1);
        var open = head.IndexOf('(');
        var name = open < 0 ? head : head.Substring(0, open);
        var table = model.TableOfSet(name);
        if (table == null)
        {
            if (rest != null || name.StartsWith('$'))
            {
                throw WebApiException.NotFound(name);
            }
            return new ResourcePath(ResourceKind.Operation) { Operation = name, OperationArguments = Arguments(head, open) };
        }
        if (open < 0)
        {
            return rest switch
            {
                null => new ResourcePath(ResourceKind.Collection) { Table = table },
                "$count" => new ResourcePath(ResourceKind.Count) { Table = table },
                _ when rest.StartsWith(OperationPrefix, StringComparison.Ordinal) => OperationOn(ResourceKind.CollectionOperation, table, null, rest),
                _ => throw WebApiException.NotFound(rest),
            };
        }
        if (!head.EndsWith(')'))
        {
            throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the segment '{head}' has no closing parenthesis.");
        }
        var key = KeyValues.Parse(head.Substring(open + 1, head.Length - open - 2));
        if (rest == null)
        {
            return new ResourcePath(ResourceKind.Record) { Table = table, Key = key };
        }
        if (rest.StartsWith(OperationPrefix, StringComparison.Ordinal))
        {
            return OperationOn(ResourceKind.RecordOperation, table, key, rest);
        }
        if (rest.Contains('/'))
        {
            throw WebApiException.NotImplemented($"the path segment '{rest}'");
        }
        return new ResourcePath(ResourceKind.Property) { Table = table, Key = key, Property = rest };
    }

    private static ResourcePath OperationOn(ResourceKind kind, TableMetadata table, KeyValues? key, string segment)
    {
        var open = segment.IndexOf('(');
        var name = (open < 0 ? segment : segment.Substring(0, open)).Substring(OperationPrefix.Length);
        return new ResourcePath(kind) { Table = table, Key = key, Operation = name, OperationArguments = Arguments(segment, open) };
    }

    private static string Arguments(string segment, int open) =>
        open < 0 ? "" : segment.EndsWith(')') ? segment.Substring(open + 1, segment.Length - open - 2)
            : throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the segment '{segment}' has no closing parenthesis.");

    private static int FirstSlashOutsideParentheses(string path)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '\'':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    depth++;
                    break;
                case ')' when !quoted:
                    depth--;
                    break;
                case '/' when !quoted && depth == 0:
                    return i;
            }
        }
        return -1;
    }
}
