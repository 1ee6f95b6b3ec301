-- Kernel reference data: territories, taxonomies and the thesaurus.
-- Filled from the files under reference/ on the first start (ReferenceDataLoader); the
-- thesaurus is then edited by administrators and kept across restarts.

-- Territories: ISO 3166-1 countries (iso:FR), NUTS regions (nuts:FRH03), later LAU codes.
CREATE TABLE kernel_territory (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    scheme VARCHAR(10) NOT NULL,
    code VARCHAR(30) NOT NULL,
    level INT NOT NULL,
    parent_id VARCHAR(40) REFERENCES kernel_territory (id),
    country_code CHAR(2),
    CONSTRAINT kernel_territory_code_uk UNIQUE (scheme, code)
);
CREATE INDEX kernel_territory_by_parent ON kernel_territory (parent_id);

-- Names per BCP 47 language tag; 'und' holds a name in the territory's own language(s)
-- when no translation is known (NUTS names).
CREATE TABLE kernel_territory_name (
    territory_id VARCHAR(40) NOT NULL REFERENCES kernel_territory (id) ON DELETE CASCADE,
    language VARCHAR(8) NOT NULL,
    name VARCHAR(300) NOT NULL,
    PRIMARY KEY (territory_id, language)
);

-- Taxonomy terms: levels, organisation types, themes, target groups, GCM objectives,
-- SDG goals and targets (parent_code links a target to its goal).
CREATE TABLE kernel_taxonomy_term (
    taxonomy VARCHAR(40) NOT NULL,
    code VARCHAR(60) NOT NULL,
    position INT NOT NULL,
    parent_code VARCHAR(60),
    PRIMARY KEY (taxonomy, code)
);

CREATE TABLE kernel_taxonomy_label (
    taxonomy VARCHAR(40) NOT NULL,
    code VARCHAR(60) NOT NULL,
    language VARCHAR(8) NOT NULL,
    label VARCHAR(2000) NOT NULL,
    PRIMARY KEY (taxonomy, code, language),
    CONSTRAINT kernel_taxonomy_label_term_fk FOREIGN KEY (taxonomy, code)
        REFERENCES kernel_taxonomy_term (taxonomy, code) ON DELETE CASCADE
);

-- Thesaurus concepts (SKOS-like), editable by administrators.
CREATE TABLE kernel_concept (
    id VARCHAR(80) NOT NULL PRIMARY KEY,
    source VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE kernel_concept_pref_label (
    concept_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    language VARCHAR(8) NOT NULL,
    label VARCHAR(300) NOT NULL,
    PRIMARY KEY (concept_id, language)
);

CREATE TABLE kernel_concept_alt_label (
    concept_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    language VARCHAR(8) NOT NULL,
    label VARCHAR(300) NOT NULL,
    PRIMARY KEY (concept_id, language, label)
);

-- Narrower links are derived from broader ones.
CREATE TABLE kernel_concept_broader (
    concept_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    broader_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    PRIMARY KEY (concept_id, broader_id)
);
CREATE INDEX kernel_concept_broader_by_broader ON kernel_concept_broader (broader_id);

CREATE TABLE kernel_concept_related (
    concept_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    related_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    PRIMARY KEY (concept_id, related_id)
);

-- The taxonomy codes a concept stands for (e.g. theme emergency-shelter); codes are
-- checked by the application, not by a foreign key, so that a taxonomy can evolve.
CREATE TABLE kernel_concept_link (
    concept_id VARCHAR(80) NOT NULL REFERENCES kernel_concept (id) ON DELETE CASCADE,
    taxonomy VARCHAR(40) NOT NULL,
    code VARCHAR(60) NOT NULL,
    PRIMARY KEY (concept_id, taxonomy, code)
);
CREATE INDEX kernel_concept_link_by_code ON kernel_concept_link (taxonomy, code);
