-- One shard: the users the ring (or the directory) places here and everything they own.
-- The global email lookup, the shard set and the directory live in the directory database.

-- in_transit is the write fence of a resharding job: set on the original while the user
-- is switched to another shard, and on a copy made ahead until the switch makes it live.
-- Writes lock the row and refuse it while it is set; cross-shard queries skip it.
CREATE TABLE users (
    id            UUID         NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    email_domain  VARCHAR(254) AS (SUBSTRING_INDEX(email, '@', -1)) PERSISTENT,
    password_hash VARCHAR(255) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    phone         VARCHAR(20)  NULL,
    roles         SET('USER', 'PREMIUM', 'ADMIN') NOT NULL DEFAULT 'USER',
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    in_transit    BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_users_email UNIQUE (email),
    INDEX ix_users_email_domain (email_domain, created_at),
    INDEX ix_users_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's orders, newest last, partitioned by month so that a month's history reads one
-- partition and old months can be archived by dropping theirs. Partitions for coming
-- months are added ahead of time by the service (OrderHistoryPartitions), so that
-- p_future stays empty and splitting it never copies rows. The partitioning column must
-- be part of every unique key, hence placed_at in the primary key.
CREATE TABLE order_history (
    user_id     UUID        NOT NULL,
    placed_at   DATETIME(6) NOT NULL,
    order_id    UUID        NOT NULL,
    total_cents BIGINT      NOT NULL,
    currency    CHAR(3)     NOT NULL,
    status      VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, placed_at, order_id)
) ENGINE = InnoDB
PARTITION BY RANGE COLUMNS (placed_at) (
    PARTITION p_history VALUES LESS THAN ('2026-01-01'),
    PARTITION p_future VALUES LESS THAN (MAXVALUE)
);
