using System.Data.Common;

namespace WearableAI.Hub.Storage;

/// <summary>
/// The numbered SQLite schema migrations (Single mode; <see cref="PostgresSchema"/> is Cluster mode's). Each runs once, in order, in its own transaction, and is
/// recorded in <c>schema_migrations</c>; never edit a migration that has shipped, add the next one.
/// Times are Unix milliseconds (UTC).
/// </summary>
public static class SchemaMigrations
{
    /// <summary>Migration number → SQL.</summary>
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE groups (
                id       TEXT PRIMARY KEY,
                created  INTEGER NOT NULL
            );
            CREATE TABLE devices (
                id                    TEXT PRIMARY KEY,
                name                  TEXT NOT NULL,
                group_id              TEXT NOT NULL REFERENCES groups(id),
                secret_hash           BLOB NOT NULL,
                secret_salt           BLOB NOT NULL,
                broker_password_hash  TEXT NOT NULL,
                created               INTEGER NOT NULL,
                last_seen             INTEGER,
                board                 TEXT,
                model_version         TEXT,
                online                INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX devices_group ON devices(group_id);
            CREATE TABLE events (
                device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                sequence   INTEGER NOT NULL,
                kind       TEXT NOT NULL,
                received   INTEGER NOT NULL,
                summary    TEXT,
                UNIQUE (device_id, sequence)
            );
            CREATE INDEX events_received ON events(received);
            CREATE TABLE results (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                sequence   INTEGER NOT NULL,
                label      TEXT NOT NULL,
                score      REAL,
                created    INTEGER NOT NULL
            );
            CREATE INDEX results_device ON results(device_id, created);
            """),
        (2, """
            -- Ingest: a QoS 1 redelivery is byte-identical, a rebooted device restarts at sequence 1 with
            -- other content, so events are unique per (device, sequence, frame CRC).
            CREATE TABLE events_v2 (
                device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                sequence   INTEGER NOT NULL,
                frame_crc  INTEGER NOT NULL DEFAULT 0,
                kind       TEXT NOT NULL,
                received   INTEGER NOT NULL,
                summary    TEXT,
                UNIQUE (device_id, sequence, frame_crc)
            );
            INSERT INTO events_v2 (device_id, sequence, kind, received, summary)
                SELECT device_id, sequence, kind, received, summary FROM events;
            DROP TABLE events;
            ALTER TABLE events_v2 RENAME TO events;
            CREATE INDEX events_received ON events(received);
            CREATE INDEX events_device ON events(device_id, received);
            -- Presence from Hello / Status / Heartbeat.
            ALTER TABLE devices ADD COLUMN battery INTEGER;
            ALTER TABLE devices ADD COLUMN capabilities INTEGER;
            ALTER TABLE devices ADD COLUMN free_memory INTEGER;
            ALTER TABLE devices ADD COLUMN firmware TEXT;
            ALTER TABLE devices ADD COLUMN pipeline_state TEXT;
            -- Results: what the device was told.
            ALTER TABLE results ADD COLUMN kind TEXT;
            ALTER TABLE results ADD COLUMN verdict TEXT;
            ALTER TABLE results ADD COLUMN arbitration TEXT;
            ALTER TABLE results ADD COLUMN winner_device TEXT;
            ALTER TABLE results ADD COLUMN action_code INTEGER;
            ALTER TABLE results ADD COLUMN latency_ms REAL;
            CREATE TABLE arbitrations (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                group_id         TEXT NOT NULL,
                decided          INTEGER NOT NULL,
                window_ms        INTEGER NOT NULL,
                winner_device    TEXT NOT NULL,
                winner_sequence  INTEGER NOT NULL,
                reason           TEXT NOT NULL,
                candidates       TEXT NOT NULL
            );
            CREATE INDEX arbitrations_decided ON arbitrations(decided);
            CREATE TABLE device_thresholds (
                device_id    TEXT PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
                threshold    REAL NOT NULL,
                candidates   INTEGER NOT NULL,
                rejects      INTEGER NOT NULL,
                reject_rate  REAL NOT NULL,
                updated      INTEGER NOT NULL
            );
            CREATE TABLE rollouts (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                group_id       TEXT NOT NULL,
                model_version  INTEGER NOT NULL,
                blob_size      INTEGER NOT NULL,
                blob_crc       INTEGER NOT NULL,
                canary_device  TEXT,
                state          TEXT NOT NULL,
                created        INTEGER NOT NULL
            );
            CREATE TABLE rollout_devices (
                rollout_id   INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
                device_id    TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                state        TEXT NOT NULL,
                next_offset  INTEGER NOT NULL,
                updated      INTEGER NOT NULL,
                detail       TEXT,
                PRIMARY KEY (rollout_id, device_id)
            );
            """),
        (3, """
            -- Resilience: what a watch reports about its offline queue (Status and Heartbeat frames).
            ALTER TABLE devices ADD COLUMN dropped_events INTEGER;
            ALTER TABLE devices ADD COLUMN offline_queue_depth INTEGER;
            """),
        (4, """
            -- Why a device is offline: 'last will', 'disconnected' or 'heartbeat timeout'; NULL while online.
            ALTER TABLE devices ADD COLUMN offline_reason TEXT;
            """),
        (5, """
            -- A result is stored once per answered frame (a wake candidate and its re-sent copy answered at once by two
            -- workers); rows from before this migration have no frame CRC (0) and no such key.
            ALTER TABLE results ADD COLUMN frame_crc INTEGER NOT NULL DEFAULT 0;
            CREATE UNIQUE INDEX results_once ON results(device_id, sequence, kind, frame_crc) WHERE frame_crc <> 0;
            """),
        (6, """
            -- A receipted event (Hello, Gesture, ModelAck, Error) is stored on arrival and marked handled once the hub has
            -- acted on it; a copy of one never handled (its worker died) is handled then. Older rows were handled.
            ALTER TABLE events ADD COLUMN handled INTEGER NOT NULL DEFAULT 1;
            """),
    ];

    /// <summary>Turns on WAL and applies every migration not yet recorded; returns how many ran.</summary>
    public static async Task<int> ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using (DbCommand wal = connection.Command("PRAGMA journal_mode=WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await MigrationRunner.ApplyAsync(connection, All, cancellationToken).ConfigureAwait(false);
    }
}
