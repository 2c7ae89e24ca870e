using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Infrastructure.Persistence;

/// <summary>The production provider. Owns the migrations in Migrations/SqlServer and the script in database/.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, IPublisher? publisher = null)
    : AppDbContext(options, publisher);
