import { useLive } from '../db/live';
import { NavLink, useMatch } from 'react-router';
import { listReadableClasses } from '../db/classes';
import { plural } from '../../shared';

/**
 * Classes listed here at most: a district's 5,000 would cost every navigation a render of 5,000
 * links. The open class is always listed; the Classes page lists them all.
 */
const LISTED_CLASSES = 50;

export function Sidebar() {
  const listed = useLive(() => listReadableClasses(), []);
  const all = listed?.classes;
  const match = useMatch('/classes/:classId/*');
  const currentId = match?.params.classId;
  const classes = all && all.length > LISTED_CLASSES ? all.filter((c, i) => i < LISTED_CLASSES || c.id === currentId) : all;
  return (
    <nav className="sidebar" aria-label="Main">
      <Brand />
      <ul>
        <li>
          <NavLink to="/classes" end>
            Classes
          </NavLink>
          {classes && classes.length > 0 && (
            <ul className="sub-nav" aria-label="Your classes">
              {classes.map((c) => (
                <li key={c.id}>
                  <NavLink to={`/classes/${c.id}`} end>
                    {c.name}
                  </NavLink>
                  {currentId === c.id && (
                    <ul className="sub-nav">
                      <li>
                        <NavLink to={`/classes/${c.id}/tracker`}>Tracker</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/assess`}>Enter assessment</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/goals`}>Goals</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/groups`}>Groups</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/plans`}>Plans</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/week`}>Week</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}`} end>
                          Roster
                        </NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/skills`}>Tracked skills</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/import-results`}>Import results</NavLink>
                      </li>
                      <li>
                        <NavLink to={`/classes/${c.id}/mastery`}>Mastery settings</NavLink>
                      </li>
                    </ul>
                  )}
                </li>
              ))}
              {listed && listed.unreadable > 0 && (
                <li className="sub-nav-note">
                  {plural(listed.unreadable, 'class cannot be read', 'classes cannot be read')}
                </li>
              )}
              {all && all.length > classes!.length && (
                <li>
                  <NavLink to="/classes" end>
                    All {all.length.toLocaleString('en-US')} classes
                  </NavLink>
                </li>
              )}
            </ul>
          )}
        </li>
        <OtherPlaces />
      </ul>
    </nav>
  );
}

function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        ◐
      </span>
      Blendwise
    </div>
  );
}

function OtherPlaces() {
  return (
    <>
      <li>
        <NavLink to="/skills">Skills library</NavLink>
      </li>
      <li>
        <NavLink to="/reviews">Reviews</NavLink>
      </li>
      <li>
        <NavLink to="/settings">Settings</NavLink>
      </li>
    </>
  );
}

/** The sidebar without its list of classes, where that list itself could not be shown. */
export function SidebarFallback() {
  return (
    <nav className="sidebar" aria-label="Main">
      <Brand />
      <ul>
        <li>
          <NavLink to="/classes" end>
            Classes
          </NavLink>
        </li>
        <OtherPlaces />
      </ul>
    </nav>
  );
}
