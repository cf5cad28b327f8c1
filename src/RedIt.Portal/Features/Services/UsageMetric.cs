namespace RedIt.Portal.Features.Services;

public enum UsageMetric
{
    Traffic,
    Storage,
}
