using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace ContentReview.Service.Grpc.Transport;

/// <summary>
/// Ends a call with a non-OK status. <see cref="Details"/>, when present, goes out as grpc-status-details-bin
/// (a google.rpc.Status with the same code and message).
/// </summary>
internal sealed class GrpcStatusException : Exception
{
    public GrpcStatusException(GrpcStatusCode statusCode, string detail, IReadOnlyList<IMessage>? details = null)
        : base(detail)
    {
        StatusCode = statusCode;
        Detail = detail;
        Details = details ?? [];
    }

    public GrpcStatusCode StatusCode { get; }

    public string Detail { get; }

    /// <summary>Typed details (google.rpc.BadRequest, RetryInfo, ErrorInfo) for grpc-status-details-bin.</summary>
    public IReadOnlyList<IMessage> Details { get; }

    /// <summary>The google.rpc.Status for grpc-status-details-bin, or <c>null</c> when there are no details.</summary>
    public Status? ToRpcStatus() => Details.Count == 0 ? null : GrpcErrors.ToRpcStatus(StatusCode, Detail, Details);
}

/// <summary>Builds the errors this service returns, with their google.rpc details.</summary>
internal static class GrpcErrors
{
    /// <summary>The ErrorInfo domain of this service.</summary>
    public const string Domain = "contentreview";

    public static Status ToRpcStatus(GrpcStatusCode code, string message, IEnumerable<IMessage> details)
    {
        var status = new Status { Code = (int)code, Message = message };
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status;
    }

    /// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest listing every violation.</summary>
    /// <param name="violations">Field path (proto names) and description of each violation.</param>
    public static GrpcStatusException InvalidArgument(IReadOnlyList<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        foreach (var (field, description) in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        }

        return new GrpcStatusException(GrpcStatusCode.InvalidArgument, DescribeViolations(violations), [badRequest]);
    }

    /// <summary>INVALID_ARGUMENT for one field.</summary>
    public static GrpcStatusException InvalidArgument(string field, string description) =>
        InvalidArgument([(field, description)]);

    public static string DescribeViolations(IReadOnlyList<(string Field, string Description)> violations) =>
        "invalid request: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"));

    /// <summary>An ErrorInfo with this service's domain.</summary>
    public static ErrorInfo Info(string reason, params (string Key, string Value)[] metadata)
    {
        var info = new ErrorInfo { Reason = reason, Domain = Domain };
        foreach (var (key, value) in metadata)
        {
            info.Metadata[key] = value;
        }

        return info;
    }

    /// <summary>RESOURCE_EXHAUSTED for a rate limit, with RetryInfo when the limiter knows when to come back.</summary>
    public static GrpcStatusException RateLimited(TimeSpan? retryAfter)
    {
        var details = new List<IMessage> { Info("RATE_LIMITED") };
        string message = "rate limit exceeded for this API key";
        if (retryAfter is { } delay)
        {
            details.Add(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) });
            message += $"; retry after {Math.Ceiling(delay.TotalMilliseconds)} ms";
        }

        return new GrpcStatusException(GrpcStatusCode.ResourceExhausted, message, details);
    }
}
