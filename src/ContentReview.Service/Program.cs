using ContentReview.Service.Api;
using ContentReview.Service.Grpc;
using ContentReview.Service.Hosting;

// Thin host: configuration and wiring only. Transport code lives in Grpc/ (gRPC over Kestrel HTTP/2) and Api/ (JSON,
// page, health, metrics); reviewer lifetime (hot reload), metrics and logging in Hosting/; the review logic itself in
// the ContentReview library. Defaults (appsettings.json): page and JSON on http://127.0.0.1:5080, h2c gRPC on
// http://127.0.0.1:5081; change them with Kestrel:Endpoints:Http:Url and Kestrel:Endpoints:Grpc:Url.
var builder = WebApplication.CreateBuilder(args);
builder.AddContentReviewHosting();
builder.AddGrpcTransport();
builder.AddJsonApi();

var app = builder.Build();
app.UseContentReviewHosting();
app.MapGrpcTransport();
app.MapJsonApi();
app.Run();

/// <summary>Entry point; public so integration tests can use it with WebApplicationFactory.</summary>
public partial class Program;
