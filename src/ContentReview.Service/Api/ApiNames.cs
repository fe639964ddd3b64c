namespace ContentReview.Service.Api;

/// <summary>The JSON spellings of the proto's enums, and the parsers that accept them.</summary>
/// <remarks>
/// The API writes short lowercase names (<c>"html"</c>, <c>"utf8"</c>, <c>"error"</c>). It also reads the proto's
/// enum value names (<c>"CONTENT_TYPE_HTML"</c>, <c>"OFFSET_UNIT_UTF8"</c>, <c>"SEVERITY_ERROR"</c>), so a client that
/// produces proto3 JSON from the generated messages works unchanged.
/// </remarks>
internal static class ApiNames
{
    public static string Severity(Severity severity) => severity switch
    {
        ContentReview.Severity.Error => "error",
        ContentReview.Severity.Warning => "warning",
        _ => "info",
    };

    public static string OffsetUnit(Hosting.OffsetUnit unit) => unit switch
    {
        Hosting.OffsetUnit.Utf8 => "utf8",
        Hosting.OffsetUnit.CodePoint => "codepoint",
        _ => "utf16",
    };

    public static bool TryParseContentType(string value, out ContentType contentType)
    {
        switch (value.ToUpperInvariant())
        {
            case "PLAIN" or "TEXT" or "PLAIN_TEXT" or "CONTENT_TYPE_PLAIN_TEXT" or "CONTENT_TYPE_UNSPECIFIED" or "":
                contentType = ContentType.PlainText;
                return true;
            case "HTML" or "CONTENT_TYPE_HTML":
                contentType = ContentType.Html;
                return true;
            default:
                contentType = default;
                return false;
        }
    }

    public static bool TryParseOffsetUnit(string value, out Hosting.OffsetUnit unit)
    {
        switch (value.ToUpperInvariant())
        {
            case "UTF16" or "UTF-16" or "OFFSET_UNIT_UTF16" or "OFFSET_UNIT_UNSPECIFIED" or "":
                unit = Hosting.OffsetUnit.Utf16;
                return true;
            case "UTF8" or "UTF-8" or "OFFSET_UNIT_UTF8":
                unit = Hosting.OffsetUnit.Utf8;
                return true;
            case "CODEPOINT" or "CODE_POINT" or "OFFSET_UNIT_CODE_POINT":
                unit = Hosting.OffsetUnit.CodePoint;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    public static bool TryParseSeverity(string value, out Severity severity)
    {
        switch (value.ToUpperInvariant())
        {
            case "INFO" or "SEVERITY_INFO" or "SEVERITY_UNSPECIFIED" or "":
                severity = ContentReview.Severity.Info;
                return true;
            case "WARNING" or "SEVERITY_WARNING":
                severity = ContentReview.Severity.Warning;
                return true;
            case "ERROR" or "SEVERITY_ERROR":
                severity = ContentReview.Severity.Error;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
