-- The shard directory, kept in one global database beside the shards.

-- The shards and the version of their set. A JOINING shard is being filled by a
-- resharding job: nothing is placed on it by the ring until the job makes it ACTIVE.
CREATE TABLE IF NOT EXISTS shards (
    id       INT          NOT NULL PRIMARY KEY,
    jdbc_url VARCHAR(500) NOT NULL,
    weight   DOUBLE       NOT NULL DEFAULT 1,
    state    ENUM('ACTIVE', 'JOINING') NOT NULL,
    added_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_shards_jdbc_url UNIQUE (jdbc_url)
) ENGINE = InnoDB;

-- One row; every change to the shard set increments it, so that instances notice with one
-- cheap read.
CREATE TABLE IF NOT EXISTS shard_set_version (
    id      TINYINT NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
) ENGINE = InnoDB;
INSERT IGNORE INTO shard_set_version (id, version) VALUES (1, 0);

-- Owners placed where the ring would not put them: PINNED by an operator (a hot owner on a
-- shard of its own), MOVED by a resharding job while the ring does not yet agree.
CREATE TABLE IF NOT EXISTS shard_directory (
    owner_id   UUID        NOT NULL PRIMARY KEY,
    shard_id   INT         NOT NULL,
    reason     ENUM('PINNED', 'MOVED') NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- Resharding jobs, resumable: the phase and every owner's move are written down before
-- the next step starts. lease_owner/lease_until say which process runs the job.
CREATE TABLE IF NOT EXISTS reshard_jobs (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shard_id    INT          NOT NULL,
    phase       ENUM('WAITING', 'PLANNING', 'MOVING', 'ACTIVATING', 'VERIFYING', 'DONE', 'FAILED') NOT NULL,
    planned     INT          NOT NULL DEFAULT 0,
    moved       INT          NOT NULL DEFAULT 0,
    verified    BOOLEAN      NULL,
    report      TEXT         NULL,
    started_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    lease_owner VARCHAR(100) NULL,
    lease_until DATETIME(6)  NULL
) ENGINE = InnoDB;

CREATE TABLE IF NOT EXISTS reshard_moves (
    job_id       BIGINT NOT NULL,
    owner_id     UUID   NOT NULL,
    from_shard   INT    NOT NULL,
    to_shard     INT    NOT NULL,
    state        ENUM('PLANNED', 'COPIED', 'SWITCHED', 'SKIPPED') NOT NULL,
    rows_moved   INT    NULL,
    fence_micros BIGINT NULL,
    PRIMARY KEY (job_id, owner_id),
    INDEX ix_reshard_moves_state (job_id, state)
) ENGINE = InnoDB;
