namespace RedIt.Privacy.Tests;

[CollectionDefinition(nameof(DesignTimeTests), DisableParallelization = true)]
public class DesignTimeRunsAlone;
