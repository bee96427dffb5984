package org.tidtam.reports;

/** Opens the reports fixture to tests in other packages (the web pages). */
public abstract class ReportsFixtureAccess extends ReportsFixture {

}
