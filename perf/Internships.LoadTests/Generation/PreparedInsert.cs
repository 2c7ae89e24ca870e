using Microsoft.Data.Sqlite;

namespace Internships.LoadTests.Generation;

/// <summary>One parameterised INSERT, prepared once and run for every row of a table.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        _command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({values})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
        _command.Prepare();
    }

    public int Rows { get; private set; }

    /// <summary>Inserts one row; the values are in the order of the columns, null for NULL.</summary>
    public void Run(params object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"Expected {_parameters.Length} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
