# neighbours of A: the k-hop subgraph around A
neighbours of Iran;
neighbours of Iran depth 2 limit 8;
neighbors of Turkey via hostile depth 2;
neighbours of Erdogan at country level;
neighbours of Egypt since 2022;
