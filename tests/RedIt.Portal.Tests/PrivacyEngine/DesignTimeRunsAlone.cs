using RedIt.Portal.Privacy;
namespace RedIt.Portal.Tests.PrivacyEngine;

[CollectionDefinition(nameof(DesignTimeTests), DisableParallelization = true)]
public class DesignTimeRunsAlone;
