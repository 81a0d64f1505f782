# relations between A and B: counts per relation each way and the net score per period
relations between Iran and "United States";
relations between Iran and "United States" by year;
relations between Iran and USA by month since 2019 until 2019-12;
relations between USA and Iran by year as of 2019;
relations between Turkey and Russia by year;
relations between Putin and Erdogan;
relations between Putin and Erdogan at country level by year;
relations between Israel and Egypt;
relations between Iran and USA by year limit 2;
