using ContentReview.Service.Hosting;
using Google.Protobuf.Collections;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc.Services;

/// <summary>
/// Maps the library's findings (spans in UTF-16 code units) to proto findings with spans in the unit the client asked
/// for. The span arithmetic is <see cref="OffsetUnits.Convert"/>, shared with the JSON API so both transports count
/// alike: a surrogate pair is one code point and four UTF-8 bytes, a lone surrogate one code point and three bytes.
/// </summary>
internal static class SpanUnitConverter
{
    /// <summary>Resolves UNSPECIFIED to UTF-16.</summary>
    public static V1.OffsetUnit Resolve(V1.OffsetUnit unit) =>
        unit == V1.OffsetUnit.Unspecified ? V1.OffsetUnit.Utf16 : unit;

    public static OffsetUnit ToHosting(V1.OffsetUnit unit) => Resolve(unit) switch
    {
        V1.OffsetUnit.Utf16 => OffsetUnit.Utf16,
        V1.OffsetUnit.Utf8 => OffsetUnit.Utf8,
        V1.OffsetUnit.CodePoint => OffsetUnit.CodePoint,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown offset unit"),
    };

    /// <summary>Adds the findings to <paramref name="output"/> with spans converted to <paramref name="unit"/>.</summary>
    public static void AddFindings(string text, IReadOnlyList<Finding> findings, V1.OffsetUnit unit, RepeatedField<V1.Finding> output)
    {
        var spans = OffsetUnits.Convert(text, findings, ToHosting(unit));
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var converted = new V1.Finding
            {
                Start = spans[i].Start,
                Length = spans[i].Length,
                Text = finding.Text,
                RuleId = finding.RuleId,
                Category = finding.Category,
                Severity = ProtoMapping.ToProto(finding.Severity),
                Message = finding.Message,
                Source = finding.Source,
            };
            converted.Suggestions.AddRange(finding.Suggestions);
            output.Add(converted);
        }
    }
}
