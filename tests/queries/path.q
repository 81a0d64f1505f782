# path from A to B: the strongest short paths, a tie of strength s costing 1/s
path from Israel to China;
path from Israel to China max 4 hops limit 3;
path from Egypt to Russia via hostile;
path from Egypt to Russia via friendly;
path from Turkey to Iran via consult, support, demand max 2 hops;
path from Putin to Iran at country level;
path from Israel to China until 2019 max 6 hops;
path from Israel to China max 1 hop;
