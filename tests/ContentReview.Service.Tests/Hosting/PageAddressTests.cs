using ContentReview.Service.Hosting;

namespace ContentReview.Service.Tests.Hosting;

public sealed class PageAddressTests
{
    [Theory]
    [InlineData("default", "http://127.0.0.1:5080", "http://127.0.0.1:5081", "http://127.0.0.1:5081|http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("wildcard", "http://0.0.0.0:8080", "http://0.0.0.0:8081", "http://0.0.0.0:8080|http://0.0.0.0:8081", "http://127.0.0.1:8080/")]
    [InlineData("star", "http://*:8080", null, "http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("dynamic-port", "http://127.0.0.1:0", "http://127.0.0.1:5081", "http://127.0.0.1:5081|http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    [InlineData("no-config", null, null, "http://localhost:5000", "http://localhost:5000/")]
    public void PageAddresses_PicksTheHttpEndpoint(string caseId, string? configured, string? other, string bound, string expected)
    {
        var addresses = HostingExtensions.PageAddresses(configured, other is null ? [] : [other], bound.Split('|'));

        Assert.True(addresses.Count > 0 && addresses[0] == expected, $"{caseId}: {string.Join(", ", addresses)}");
    }
}
