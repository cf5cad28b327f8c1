using Microsoft.EntityFrameworkCore;

namespace RedIt.Portal.Data;

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
