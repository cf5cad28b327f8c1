using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

public sealed record NoPersonalDataEntry(string Key, IEntityType EntityType, string Because);
