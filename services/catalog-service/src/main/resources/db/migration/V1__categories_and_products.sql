-- A two-level tree of categories; products hang off the leaves.
CREATE TABLE categories (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug      VARCHAR(64)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    parent_id BIGINT       NULL,
    CONSTRAINT uk_categories_slug UNIQUE (slug),
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE products (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku         VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    category_id BIGINT        NOT NULL,
    price       DECIMAL(12, 2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    -- optimistic locking: every write names the version it read (ETag / If-Match)
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_products_sku UNIQUE (sku),
    CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    -- browsing a category in any order ends on the id, so each sort has an index to walk
    INDEX ix_products_category_id (category_id, id),
    INDEX ix_products_category_price (category_id, price, id),
    INDEX ix_products_category_name (category_id, name, id),
    INDEX ix_products_price (price, id),
    FULLTEXT INDEX ft_products_text (name, description)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
