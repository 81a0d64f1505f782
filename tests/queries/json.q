# flags: --json
allies of Russia;
relations between Iran and USA by year;
blocs limit 2;
events from Iraq
