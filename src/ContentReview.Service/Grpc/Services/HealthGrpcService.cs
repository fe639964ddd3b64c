using ContentReview.Service.Grpc.Transport;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace ContentReview.Service.Grpc.Services;

/// <summary>
/// grpc.health.v1.Health. The server ("") and contentreview.v1.ContentReviewService are SERVING until the host starts
/// shutting down, then NOT_SERVING, so a load balancer stops sending new calls while in-flight ones drain. Watch streams
/// end at shutdown (after telling NOT_SERVING) so they do not hold up the drain.
/// </summary>
internal sealed class HealthGrpcService : IDisposable
{
    public const string ServiceName = "grpc.health.v1.Health";

    private static readonly string[] KnownServices = ["", ContentReviewGrpcService.ServiceName];

    private readonly CancellationTokenRegistration _stoppingRegistration;
    private readonly CancellationToken _stopping;
    private volatile TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _serving = true;

    public HealthGrpcService(IHostApplicationLifetime lifetime)
    {
        _stopping = lifetime.ApplicationStopping;
        _stoppingRegistration = _stopping.Register(() => SetServing(false));
    }

    /// <summary>Whether the server serves (false once shutdown has begun).</summary>
    public bool Serving => _serving;

    /// <summary>Changes the status of every service and wakes the watchers.</summary>
    public void SetServing(bool serving)
    {
        _serving = serving;
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public ValueTask<HealthCheckResponse> CheckAsync(HealthCheckRequest request, GrpcServerCall call)
    {
        if (!IsKnown(request.Service))
        {
            throw new GrpcStatusException(GrpcStatusCode.NotFound, $"unknown service '{request.Service}'");
        }

        return ValueTask.FromResult(new HealthCheckResponse { Status = Current(request.Service) });
    }

    public async Task WatchAsync(HealthCheckRequest request, GrpcServerCall call)
    {
        ServingStatus? last = null;
        while (true)
        {
            var changed = _changed.Task;
            var status = Current(request.Service);
            if (status != last)
            {
                await call.WriteMessageAsync(new HealthCheckResponse { Status = status }).ConfigureAwait(false);
                last = status;
            }

            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            await changed.WaitAsync(call.CancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stoppingRegistration.Dispose();

    private static bool IsKnown(string service) => Array.IndexOf(KnownServices, service) >= 0;

    private ServingStatus Current(string service) =>
        !IsKnown(service) ? ServingStatus.ServiceUnknown
        : _serving ? ServingStatus.Serving
        : ServingStatus.NotServing;
}
