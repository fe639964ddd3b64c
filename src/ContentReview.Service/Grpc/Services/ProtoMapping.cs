using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc.Services;

/// <summary>Maps between the proto enums and the library's.</summary>
internal static class ProtoMapping
{
    public static V1.Severity ToProto(Severity severity) => severity switch
    {
        Severity.Info => V1.Severity.Info,
        Severity.Warning => V1.Severity.Warning,
        Severity.Error => V1.Severity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };

    /// <summary>UNSPECIFIED means "report everything", that is Info.</summary>
    public static Severity FromProto(V1.Severity severity) => severity switch
    {
        V1.Severity.Unspecified or V1.Severity.Info => Severity.Info,
        V1.Severity.Warning => Severity.Warning,
        V1.Severity.Error => Severity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };

    public static ContentType FromProto(V1.ContentType contentType) => contentType switch
    {
        V1.ContentType.Unspecified or V1.ContentType.PlainText => ContentType.PlainText,
        V1.ContentType.Html => ContentType.Html,
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "unknown content type"),
    };
}
