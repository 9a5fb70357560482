using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Reads a scoring model file strictly before the engine sees it: UTF-8 JSON of exactly the documented shape (no
/// unknown or repeated field, every required field, the right kind of value everywhere, nothing cut off), then the
/// engine's own checks. Every refusal is one line naming the file, the JSON path and the line.
/// </summary>
public static class ModelFile
{
    /// <summary>The longest text a model field may hold.</summary>
    public const int MaxText = 4000;

    private static readonly JsonShape Shape = JsonShape.Of(typeof(ScoringModel), new Dictionary<Type, string[]>
    {
        [typeof(ScoringModel)] = new[] { "version" },
        [typeof(BehaviourRule)] = new[] { "id", "table", "points" },
        [typeof(ProfileRule)] = new[] { "id", "column", "operator", "points" },
    });

    /// <summary>Loads and checks the model in <paramref name="path"/>.</summary>
    public static ScoringModel Load(string path)
    {
        var bytes = ReadBytes(path);
        var json = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? bytes.AsSpan(3) : bytes.AsSpan();
        if (TextEncodings.FirstInvalidUtf8Line(json) is long bad)
        {
            throw new CliException(path + ", line " + bad + ": not valid UTF-8 text; save the model as UTF-8 JSON.");
        }

        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new CliException(path + ": the file is empty; expected a scoring model in JSON (see 'funnelcrm model init').");
        }

        new Walk(path, json.ToArray()).Check(Shape);
        try
        {
            return ScoringModelJson.Load(Encoding.UTF8.GetString(json));
        }
        catch (ScoringModelException invalid) when (invalid.InnerException is SerializationException)
        {
            throw new CliException(path + ": not a scoring model of the documented format (see 'funnelcrm model init' for one).");
        }
        catch (ScoringModelException invalid)
        {
            throw new CliException(path + ": the scoring model is invalid: " + Shown.Clean(string.Join(" ", invalid.Problems)));
        }
    }

    private static byte[] ReadBytes(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(path + ": is a folder, not a file; give the model's JSON file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException(path + ": file not found.");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception failure) when (FileErrors.IsFileFailure(failure))
        {
            throw new CliException(path + ": could not be read (" + FileErrors.Reason(failure) + ").");
        }
    }

    private sealed class Walk
    {
        private readonly string path;
        private readonly byte[] json;

        public Walk(string path, byte[] json)
        {
            this.path = path;
            this.json = json;
        }

        public void Check(JsonShape shape)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 32 });
            var complete = false;
            try
            {
                Read(ref reader);
                Value(ref reader, shape, "");
                complete = true;
                reader.Read();
            }
            catch (JsonException syntax)
            {
                var line = (syntax.LineNumber ?? 0) + 1;
                var at = Offset(syntax.LineNumber ?? 0, syntax.BytePositionInLine ?? 0);
                throw complete ? new CliException(path + ": more follows the model's closing brace (line " + line + ").")
                    : json.AsSpan((int)Math.Min(at, json.Length)).Trim(" \t\r\n"u8).IsEmpty
                    ? new CliException(path + ": the JSON ends before the model is complete (line " + line + "); is the file cut off?")
                    : new CliException(path + ", line " + line + ", column " + ((syntax.BytePositionInLine ?? 0) + 1) + ": not valid JSON here.");
            }
        }

        private void Value(ref Utf8JsonReader reader, JsonShape shape, string at)
        {
            switch (shape.Kind)
            {
                case JsonKind.Object:
                    Object(ref reader, shape, at);
                    return;
                case JsonKind.List:
                    Expect(ref reader, JsonTokenType.StartArray, at, "a list [...]");
                    for (var i = 0; Read(ref reader) != JsonTokenType.EndArray; i++)
                    {
                        Value(ref reader, shape.Items!, at + "[" + i + "]");
                    }

                    return;
                case JsonKind.Text:
                    Expect(ref reader, JsonTokenType.String, at, "text in quotes");
                    if (reader.ValueSpan.Length > MaxText)
                    {
                        throw Refuse(at, "is longer than " + MaxText + " characters", reader.TokenStartIndex);
                    }

                    if (StringValue(ref reader) is not string text || Shown.HasJunk(text))
                    {
                        throw Refuse(at, "holds a control character or an escape that is not a character (" + Found(ref reader) + ")", reader.TokenStartIndex);
                    }

                    return;
                case JsonKind.Number:
                    Expect(ref reader, JsonTokenType.Number, at, "a number");
                    if (!reader.TryGetDouble(out var number) || double.IsInfinity(number))
                    {
                        throw Refuse(at, "expected a number, found " + Found(ref reader) + ", which is too large", reader.TokenStartIndex);
                    }

                    return;
                case JsonKind.Whole:
                    Expect(ref reader, JsonTokenType.Number, at, "a whole number");
                    if (!reader.TryGetInt32(out _))
                    {
                        throw Refuse(at, "expected a whole number up to " + int.MaxValue + ", found " + Found(ref reader), reader.TokenStartIndex);
                    }

                    return;
                default:
                    if (reader.TokenType != JsonTokenType.True && reader.TokenType != JsonTokenType.False)
                    {
                        throw Refuse(at, "expected true or false, found " + Found(ref reader), reader.TokenStartIndex);
                    }

                    return;
            }
        }

        private void Object(ref Utf8JsonReader reader, JsonShape shape, string at)
        {
            Expect(ref reader, JsonTokenType.StartObject, at, "an object {...}");
            var start = reader.TokenStartIndex;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? id = null;
            while (Read(ref reader) != JsonTokenType.EndObject)
            {
                var key = StringValue(ref reader);
                var name = Shown.Safe(key ?? Encoding.UTF8.GetString(reader.ValueSpan));
                var here = (at.Length == 0 ? "" : at + ".") + name;
                if (key == null || !shape.Fields.TryGetValue(key, out var field))
                {
                    var nearest = Nearest.Of(name, shape.Fields.Keys);
                    throw Refuse(here, "is not a field of the model here" + (nearest == null ? "" : " (did you mean '" + nearest + "'?)")
                        + "; fields: " + string.Join(", ", shape.Fields.Keys), reader.TokenStartIndex);
                }

                if (!seen.Add(key))
                {
                    throw Refuse(here, "appears twice", reader.TokenStartIndex);
                }

                if (Read(ref reader) == JsonTokenType.Null && !field.Required && field.Shape.Nullable)
                {
                    continue;
                }

                Value(ref reader, field.Shape, here);
                id = key == "id" ? Shown.Safe(Encoding.UTF8.GetString(reader.ValueSpan)) : id;
            }

            var missing = shape.Fields.Where(f => f.Value.Required && !seen.Contains(f.Key)).Select(f => f.Key).ToList();
            if (missing.Count > 0)
            {
                throw Refuse(at + (id == null ? "" : " (rule '" + id + "')"), "the field '" + missing[0] + "' is missing", start);
            }
        }

        private void Expect(ref Utf8JsonReader reader, JsonTokenType token, string at, string expected)
        {
            if (reader.TokenType != token)
            {
                throw Refuse(at, "expected " + expected + ", found " + Found(ref reader), reader.TokenStartIndex);
            }
        }

        private JsonTokenType Read(ref Utf8JsonReader reader) =>
            reader.Read() ? reader.TokenType : throw new CliException(path + ": the JSON ends before the model is complete (line " + Line(json.Length) + "); is the file cut off?");

        private static string? StringValue(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "a list",
            JsonTokenType.String => "\"" + Shown.Safe(Encoding.UTF8.GetString(reader.ValueSpan)) + "\"",
            JsonTokenType.Number => Shown.Safe(Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };

        private CliException Refuse(string at, string problem, long offset) =>
            new CliException(path + ": " + (at.Length == 0 ? "" : at + ": ") + problem + " (line " + Line(offset) + ").");

        private long Line(long offset) => json.AsSpan(0, (int)Math.Min(offset, json.Length)).Count((byte)'\n') + 1;

        private long Offset(long line, long column)
        {
            var offset = 0;
            for (var l = 0L; l < line && offset < json.Length; l++)
            {
                var next = json.AsSpan(offset).IndexOf((byte)'\n');
                offset = next < 0 ? json.Length : offset + next + 1;
            }

            return offset + column;
        }
    }
}
