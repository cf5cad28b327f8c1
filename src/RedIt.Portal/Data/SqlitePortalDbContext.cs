using Microsoft.EntityFrameworkCore;

namespace RedIt.Portal.Data;

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);
