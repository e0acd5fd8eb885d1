#!/usr/bin/env python3
"""A model of SQLiteStore's write path for measuring bytes written per article (docs/Performance.md).

Writes N articles made from the seeds (each with a note of its own, as clipper-bench's corpus)
through the same schema (scripts/store-write-model.sql), pragmas and statements as
SQLiteStore.write, in batches of B, and prints KB written per article (ru_oublock, as the bench).
Usage: N=2000 B=256 scripts/store-write-model.py [ckpt=PAGES] [page=BYTES] [automerge=K]
       [pgsz=BYTES] [noname] [nofp] [nofts] [noent] [keep]   (keep: copy database and WAL for
       scripts/wal-frames.py; run it with ckpt=1000000 so the WAL holds every frame)
"""
import sqlite3, os, sys, re, resource, hashlib, json, time
here=os.path.dirname(os.path.abspath(__file__))
seedDir=os.environ.get('SEEDS', os.path.join(here,'..','seeds'))
seeds=[open(os.path.join(seedDir,f)).read() for f in sorted(os.listdir(seedDir))]
caps=[sorted(set(re.findall(r'\b[A-Z][a-z]+(?: [A-Z][a-z]+)+', s))) for s in seeds]
N=int(os.environ.get('N',2000)); B=int(os.environ.get('B',111))
opts=set(sys.argv[1:])
path=os.environ.get('DB','/tmp/store-write-model.sqlite')
for suf in ['','-wal','-shm']:
    try: os.remove(path+suf)
    except FileNotFoundError: pass
schema=open(os.path.join(here,'store-write-model.sql')).read()
db=sqlite3.connect(path, isolation_level=None)
for o in opts:
    if o.startswith('page='): db.execute('PRAGMA page_size=%s'%o[5:])
db.execute('PRAGMA journal_mode=WAL'); db.execute('PRAGMA synchronous=FULL'); db.execute('PRAGMA cache_size=-32768')
for o in opts:
    if o.startswith('ckpt='): db.execute('PRAGMA wal_autocheckpoint=%s'%o[5:])
    if o.startswith('page='): pass
db.executescript(schema)
if 'noname' in opts:
    for t in ['person','organization','place','program']: db.execute('DROP INDEX %s_name'%t)
if 'nofp' in opts: db.execute('DROP INDEX article_bodyFingerprint')
for o in opts:
    if o.startswith('automerge='): db.execute("INSERT INTO articleSearch(articleSearch, rank) VALUES('automerge', %s)"%o[10:])
    if o.startswith('pgsz='): db.execute("INSERT INTO articleSearch(articleSearch, rank) VALUES('pgsz', %s)"%o[5:])
    if o.startswith('crisis='): db.execute("INSERT INTO articleSearch(articleSearch, rank) VALUES('crisismerge', %s)"%o[7:])
r0=resource.getrusage(resource.RUSAGE_SELF); t0=time.time()
for start in range(0,N,B):
    db.execute('BEGIN')
    for n in range(start,min(N,start+B)):
        s=seeds[n%5]; body=s+"\n\nEditor's note: this is copy %d of the benchmark corpus, filed %d March.\n"%(n,n%28+1)
        id=hashlib.sha256(body.encode()).hexdigest(); fp=hashlib.sha1(body.encode()).hexdigest()[:16]
        cur=db.execute('SELECT number FROM article WHERE id=?',(id,)).fetchone()
        db.execute('SELECT id, body FROM article WHERE bodyFingerprint=?',(fp,)).fetchall()
        title=s.split('\n')[0]
        db.execute('INSERT INTO article (id,file,bytes,mediaType,title,authors,outlet,published,dateline,body,removed,credits,related,bodyFingerprint,duplicateOf,indexedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
          (id,'article-%d.txt'%n,len(body),'text/plain',title,'["A B"]','Outlet','2026-03-%02d'%(n%28+1),None,body,'[]','[]','[]',fp,None,time.time()))
        num=db.execute('SELECT last_insert_rowid()').fetchone()[0]
        if 'nofts' not in opts: db.execute('INSERT INTO articleSearch(rowid,title,body) VALUES (?,?,?)',(num,title,body))
        db.execute('INSERT OR IGNORE INTO articleSource VALUES (?,?,?,?)',(num,'article-%d.txt'%n,'bench',time.time()))
        c=caps[n%5]
        if 'noent' in opts: continue
        for i,name in enumerate(c[:12]): db.execute('INSERT INTO person VALUES (?,?,?,?,?,?)',(num,i,name,json.dumps([name]),'[]',2))
        for i,name in enumerate(c[12:20]): db.execute('INSERT INTO organization VALUES (?,?,?,?,?)',(num,i,name,'[]',1))
        for i,name in enumerate(c[20:28]): db.execute('INSERT INTO place VALUES (?,?,?,?)',(num,i,name,1))
        for i in range(4): db.execute('INSERT INTO quote VALUES (?,?,?,?,?,?,?,?)',(num,i,c[0] if c else None,body[i*300:i*300+150],'said',i*300,i*300+150,None))
        for i in range(8): db.execute('INSERT INTO figure VALUES (?,?,?,?,?,?,?)',(num,i,'%d per cent'%i,float(i),'percent',None,None))
        for i in range(4): db.execute('INSERT INTO dateMention VALUES (?,?,?,?)',(num,i,'March %d'%i,'2026-03-%02d'%(i+1)))
    db.execute('COMMIT')
if 'keep' in opts:
    import shutil; shutil.copy(path,path+'.k'); shutil.copy(path+'-wal',path+'.k-wal')
db.close()
r1=resource.getrusage(resource.RUSAGE_SELF)
print(' '.join(sorted(opts)) or 'base', 'B=%d'%B, 'KB/article %.1f'%((r1.ru_oublock-r0.ru_oublock)*512/1024/N), 'cpu ms/article %.3f'%((r1.ru_utime+r1.ru_stime-r0.ru_utime-r0.ru_stime)*1000/N), 'db KB/article %.1f'%(os.path.getsize(path)/1024/N), 'wall %.1fs'%(time.time()-t0))
