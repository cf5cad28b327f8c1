using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Portal.Privacy;

public sealed record NoPersonalDataEntry(string Key, IEntityType EntityType, string Because);
