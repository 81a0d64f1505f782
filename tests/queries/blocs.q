# blocs: camps by signed ties, with the share of balanced triangles
blocs;
blocs at country level;
blocs since 2021;
blocs decay 2y limit 5;
