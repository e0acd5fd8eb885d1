#!/usr/bin/env python3
"""WAL frames by table or index: N=ARTICLES scripts/wal-frames.py DATABASE (its -wal beside it).

For a copy made by scripts/store-write-model.py keep (docs/Performance.md); pages are attributed
to their owner in the database as it is at the end (dbstat), so freed pages show as '?'.
"""
import sqlite3, struct, sys, collections, os
wal=open(sys.argv[1]+'-wal','rb').read()
pgsz=struct.unpack('>I',wal[8:12])[0]
off=32; pages=collections.Counter()
while off+24+pgsz<=len(wal):
    pn=struct.unpack('>I',wal[off:off+4])[0]; pages[pn]+=1; off+=24+pgsz
db=sqlite3.connect(sys.argv[1])
owner={r[1]:r[0] for r in db.execute("SELECT name,pageno FROM dbstat")}
by=collections.Counter(); distinct=collections.Counter()
for pn,c in pages.items(): by[owner.get(pn,'?')]+=c; distinct[owner.get(pn,'?')]+=1
N=int(os.environ.get('N',2000))
tot=sum(by.values())
print('total frames',tot,'KB/article %.1f'%(tot*pgsz/1024/N))
for k,v in by.most_common(): print('%-28s frames %6d  KB/article %5.1f  distinct pages %5d'%(k,v,v*pgsz/1024/N,distinct[k]))
