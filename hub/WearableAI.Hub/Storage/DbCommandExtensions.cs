using System.Data;
using System.Data.Common;

namespace WearableAI.Hub.Storage;

/// <summary>Parameters and one-line commands written once for both engines.</summary>
public static class DbCommandExtensions
{
    /// <summary>A new command on <paramref name="connection"/> (in <paramref name="transaction"/>, if any).</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Binds <c>@name</c>. A C# null is a text null (what the <c>@x IS NULL OR column = @x</c> filters compare);
    /// <see cref="DBNull.Value"/> is an untyped null that takes its column's type. Unsigned and byte values are
    /// widened to the signed integer both engines store.
    /// </summary>
    public static DbCommand Bind(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        switch (value)
        {
            case null:
                parameter.DbType = DbType.String;
                parameter.Value = DBNull.Value;
                break;
            case byte b:
                parameter.Value = (int)b;
                break;
            case ushort u16:
                parameter.Value = (int)u16;
                break;
            case uint u32:
                parameter.Value = (long)u32;
                break;
            default:
                parameter.Value = value;
                break;
        }

        command.Parameters.Add(parameter);
        return command;
    }
}
