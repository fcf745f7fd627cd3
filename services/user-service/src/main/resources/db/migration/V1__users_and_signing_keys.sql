-- Accounts. The email is stored lower-cased; its unique key is what makes a duplicate
-- registration fail atomically, even when two instances race.
CREATE TABLE users (
    id            UUID         NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    phone         VARCHAR(20)  NULL,
    roles         SET('USER', 'PREMIUM', 'ADMIN') NOT NULL DEFAULT 'USER',
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_users_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keys that sign access tokens. A new key signs from the moment it is created; the one it
-- replaces is retired then, and stays published in the JWKS until every token it signed
-- has expired. Private keys are stored encrypted (AES-256-GCM, the key id as associated data).
CREATE TABLE signing_keys (
    kid                   VARCHAR(64)    NOT NULL PRIMARY KEY,
    algorithm             VARCHAR(16)    NOT NULL,
    public_key            VARBINARY(2048) NOT NULL,
    private_key_encrypted VARBINARY(4096) NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    retired_at            DATETIME(6)    NULL,
    INDEX ix_signing_keys_created_at (created_at)
) ENGINE = InnoDB;
