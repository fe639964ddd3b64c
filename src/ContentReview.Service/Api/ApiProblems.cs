namespace ContentReview.Service.Api;

/// <summary>RFC 7807 problem responses (<c>application/problem+json</c>) of the JSON API.</summary>
internal static class ApiProblems
{
    public static IResult Validation(IDictionary<string, List<string>> errors, int status = StatusCodes.Status400BadRequest)
    {
        string fields = string.Join(", ", errors.Keys);
        return Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            detail: status == StatusCodes.Status413PayloadTooLarge
                ? $"Too large: {fields}. {errors.First().Value[0]}"
                : $"Invalid request: {fields}. {errors.First().Value[0]}",
            statusCode: status,
            title: status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Invalid request",
            type: status == StatusCodes.Status413PayloadTooLarge
                ? "https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large"
                : "https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request");
    }

    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Validation(new Dictionary<string, List<string>>(StringComparer.Ordinal) { [field] = [message] }, status);

    public static IResult Status(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
