# allies of A, opponents of A: actors ranked by their net tie with A (events both ways)
allies of Russia;
allies of "United States";
opponents of Iran;
opponents of USA limit 3;
opponents of 'Islamic Republic of Iran' limit 2;   # by alias
allies of Putin;
allies of Putin at country level;
allies of Turkey at country level;
opponents of Iran since 2019;
opponents of Iran until 2019-06;
opponents of Iran as of 2019-06-30 decay 180d;
opponents of Iran decay 1y;
allies of France;   # known to the dictionaries, never stored
