# show: allies.graphml
# show: relations.graphml
allies of Russia export graphml "allies.graphml";
relations between Iran and USA by year export graphml "relations.graphml";
blocs export graphml "no/such/dir/blocs.graphml"
