-- The SQLite schema at v5 (SQLiteStore.migrator), flattened, for scripts/store-write-model.py.
CREATE TABLE article (number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file TEXT NOT NULL, bytes INTEGER NOT NULL, mediaType TEXT NOT NULL, title TEXT, authors TEXT NOT NULL, outlet TEXT, published TEXT, dateline TEXT, body TEXT NOT NULL, removed TEXT NOT NULL, credits TEXT NOT NULL, related TEXT NOT NULL, bodyFingerprint TEXT NOT NULL, duplicateOf TEXT, indexedAt REAL NOT NULL);
CREATE INDEX article_bodyFingerprint ON article(bodyFingerprint);
CREATE INDEX article_published ON article(published);
CREATE INDEX article_outlet ON article(outlet COLLATE NOCASE);
CREATE TABLE articleSource (articleNumber INTEGER NOT NULL REFERENCES article(number) ON DELETE CASCADE, file TEXT NOT NULL, node TEXT NOT NULL, seenAt REAL NOT NULL, PRIMARY KEY (articleNumber, file, node)) WITHOUT ROWID;
CREATE INDEX articleSource_file ON articleSource(file);
CREATE VIRTUAL TABLE articleSearch USING fts5(title, body, content = 'article', content_rowid = 'number', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE person (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, mentions TEXT NOT NULL, roles TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE INDEX person_name ON person(name COLLATE NOCASE);
CREATE TABLE organization (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE INDEX organization_name ON organization(name COLLATE NOCASE);
CREATE TABLE place (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE INDEX place_name ON place(name COLLATE NOCASE);
CREATE TABLE program (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE INDEX program_name ON program(name COLLATE NOCASE);
CREATE TABLE quote (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, speaker TEXT, text TEXT NOT NULL, cue TEXT, startByte INTEGER NOT NULL, endByte INTEGER NOT NULL, speakerDescription TEXT, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE TABLE figure (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, qualifier TEXT, subject TEXT, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
CREATE TABLE dateMention (articleNumber INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, iso TEXT, PRIMARY KEY (articleNumber, position)) WITHOUT ROWID;
