/* ============================================================
Description: Teams (teams.csv) and funded posts (establishment.csv).
Version:     1
Status:      live
Dependencies: none
============================================================ */
CREATE TABLE IF NOT EXISTS teams (
    team_code       TEXT    NOT NULL PRIMARY KEY,
    team_name       TEXT    NOT NULL,
    service_area    TEXT    NOT NULL,
    locality        TEXT    NULL,
    source_line     INTEGER NOT NULL           -- line of the extract the row came from
);

CREATE TABLE IF NOT EXISTS establishment (
    team_code           TEXT    NOT NULL,
    role                TEXT    NOT NULL,      -- canonical role word (extracts.md)
    establishment_fte   REAL    NOT NULL,
    source_line         INTEGER NOT NULL,
    PRIMARY KEY (team_code, role)
);
