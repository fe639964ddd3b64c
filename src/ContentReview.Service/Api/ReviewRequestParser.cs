using System.Text.Json;

namespace ContentReview.Service.Api;

/// <summary>
/// Reads a <c>POST /api/review</c> body. Written against <see cref="JsonDocument"/> rather than bound to a class so
/// that every problem names its field in the proto's terms (<c>options.categories[1]</c>) with a message an
/// integrator understands, instead of a serializer message about .NET types.
/// </summary>
internal static class ReviewRequestParser
{
    /// <summary>The longest request id accepted (the proto's limit).</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>Parses <paramref name="root"/>; the errors are keyed by field path.</summary>
    /// <param name="root">The request body.</param>
    /// <param name="maxTextLength">The longest text accepted, in UTF-16 code units.</param>
    public static ParseOutcome Parse(JsonElement root, int maxTextLength)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Fail("body", "The request body must be a JSON object such as {\"text\": \"…\"}.");
            return new ParseOutcome(null, errors, TextTooLong: false);
        }

        string? text = null;
        bool textTooLong = false;
        var contentType = ContentType.PlainText;
        var unit = Hosting.OffsetUnit.Utf16;
        var minimumSeverity = Severity.Info;
        List<string>? categories = null;
        string requestId = "";
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var property in root.EnumerateObject())
        {
            string name = Canonical(property.Name);
            if (!seen.Add(name))
            {
                Fail(name, $"'{name}' is given more than once.");
                continue;
            }

            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue; // proto3 JSON: null means the default
            }

            switch (name)
            {
                case "text":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Fail("text", "'text' must be a string.");
                        break;
                    }

                    text = value.GetString()!;
                    if (text.Length > maxTextLength)
                    {
                        textTooLong = true;
                        Fail("text", $"'text' is {text.Length:N0} UTF-16 code units long; the limit is {maxTextLength:N0}.");
                    }

                    break;

                case "contentType":
                    if (value.ValueKind != JsonValueKind.String || !ApiNames.TryParseContentType(value.GetString()!, out contentType))
                    {
                        Fail("contentType", $"'contentType' must be \"plain\" or \"html\" (got {Show(value)}).");
                    }

                    break;

                case "offsetUnit":
                    if (value.ValueKind != JsonValueKind.String || !ApiNames.TryParseOffsetUnit(value.GetString()!, out unit))
                    {
                        Fail("offsetUnit", $"'offsetUnit' must be \"utf16\", \"utf8\" or \"codepoint\" (got {Show(value)}).");
                    }

                    break;

                case "requestId":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        Fail("requestId", "'requestId' must be a string.");
                    }
                    else if (value.GetString()!.Length > MaxRequestIdLength)
                    {
                        Fail("requestId", $"'requestId' must be at most {MaxRequestIdLength} characters.");
                    }
                    else
                    {
                        requestId = value.GetString()!;
                    }

                    break;

                case "options":
                    ParseOptions(value, ref categories, ref minimumSeverity, Fail);
                    break;

                default:
                    Fail(property.Name,
                        $"Unknown field '{property.Name}'. Known fields: text, contentType, options, offsetUnit, requestId.");
                    break;
            }
        }

        if (text is null)
        {
            if (!errors.ContainsKey("text"))
            {
                Fail("text", "'text' is required.");
            }
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            Fail("text", "'text' must not be empty or only white space.");
        }

        if (errors.Count > 0)
        {
            return new ParseOutcome(null, errors, textTooLong && errors.Count == 1 && errors["text"].Count == 1);
        }

        return new ParseOutcome(
            new ParsedReviewRequest(text!, contentType, categories, minimumSeverity, unit, requestId), errors, false);
    }

    private static void ParseOptions(
        JsonElement value, ref List<string>? categories, ref Severity minimumSeverity, Action<string, string> fail)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            fail("options", "'options' must be an object such as {\"categories\": [\"typo\"], \"minimumSeverity\": \"warning\"}.");
            return;
        }

        foreach (var option in value.EnumerateObject())
        {
            string name = Canonical(option.Name);
            var v = option.Value;
            if (v.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (name)
            {
                case "categories":
                    if (v.ValueKind != JsonValueKind.Array)
                    {
                        fail("options.categories", "'options.categories' must be an array of category names.");
                        break;
                    }

                    categories = [];
                    int i = 0;
                    foreach (var item in v.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                        {
                            fail($"options.categories[{i}]", $"'options.categories[{i}]' must be a non-empty string.");
                        }
                        else
                        {
                            categories.Add(item.GetString()!);
                        }

                        i++;
                    }

                    break;

                case "minimumSeverity":
                    if (v.ValueKind != JsonValueKind.String || !ApiNames.TryParseSeverity(v.GetString()!, out minimumSeverity))
                    {
                        fail("options.minimumSeverity",
                            $"'options.minimumSeverity' must be \"info\", \"warning\" or \"error\" (got {Show(v)}).");
                    }

                    break;

                default:
                    fail($"options.{option.Name}",
                        $"Unknown field 'options.{option.Name}'. Known fields: categories, minimumSeverity.");
                    break;
            }
        }
    }

    /// <summary>Maps the proto's snake_case names to the camelCase ones (proto3 JSON accepts both).</summary>
    private static string Canonical(string name) => name switch
    {
        "content_type" => "contentType",
        "offset_unit" => "offsetUnit",
        "request_id" => "requestId",
        "minimum_severity" => "minimumSeverity",
        _ => name,
    };

    private static string Show(JsonElement value)
    {
        string raw = value.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}

/// <summary>The outcome of <see cref="ReviewRequestParser.Parse"/>.</summary>
/// <param name="Request">The request, when valid.</param>
/// <param name="Errors">Problems by field path; empty when valid.</param>
/// <param name="TextTooLong">The only problem is an over-long text (413 rather than 400).</param>
internal sealed record ParseOutcome(ParsedReviewRequest? Request, Dictionary<string, List<string>> Errors, bool TextTooLong);
