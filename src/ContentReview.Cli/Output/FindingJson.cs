using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentReview.Cli.Output;

/// <summary>
/// The JSON shapes the CLI writes. Findings: <c>{"start","length","text","ruleId","category","severity","message",
/// "suggestions","source"}</c> (plus <c>"line","column"</c> when reviewing files); start and length in UTF-16 code
/// units; severity as a lower-case string. Chinese is written as is, not \u-escaped.
/// </summary>
internal static class FindingJson
{
    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => severity.ToString().ToLowerInvariant(),
    };

    public static void WriteFinding(Utf8JsonWriter writer, Finding finding, TextLocator? locator)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", finding.Start);
        writer.WriteNumber("length", finding.Length);
        if (locator is not null)
        {
            var (line, column) = locator.Locate(finding.Start);
            writer.WriteNumber("line", line);
            writer.WriteNumber("column", column);
        }

        writer.WriteString("text", finding.Text);
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("category", finding.Category);
        writer.WriteString("severity", SeverityName(finding.Severity));
        writer.WriteString("message", finding.Message);
        writer.WriteStartArray("suggestions");
        foreach (var suggestion in finding.Suggestions)
        {
            writer.WriteStringValue(suggestion);
        }

        writer.WriteEndArray();
        writer.WriteString("source", finding.Source);
        writer.WriteEndObject();
    }

    public static void WriteFindings(Utf8JsonWriter writer, IReadOnlyList<Finding> findings, TextLocator? locator)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            WriteFinding(writer, finding, locator);
        }

        writer.WriteEndArray();
    }

    /// <summary>Runs <paramref name="write"/> against a JSON writer and returns the text it wrote.</summary>
    public static string ToJson(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
